package org.spyglass.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.spyglass.core.output.AtomicFile;
import org.spyglass.core.output.RunOutputs;

/**
 * Writes {@code report.html} from a results folder: one self-contained page (styles, scripts and data inlined, no
 * network) with the verdict, the device and evidence, the indicator feeds, the parsers, each alert explained and an
 * interactive timeline. The page is written as a stream: the timeline goes from {@code timeline.csv} into the page
 * without being held in memory, so a timeline of millions of events costs no more memory than a small one; after a
 * check, from the data its {@link TimelineFeed} made while the run wrote {@code timeline.csv}. Every
 * value from the evidence is escaped by the template engine or carried as base64. Instances are thread-safe.
 */
public final class ReportWriter {
    /** The report's name in a results folder. */
    public static final String FILE_NAME = "report.html";
    private static final String ROOT = "org/spyglass/report/";

    private final Mustache head;
    private final Mustache tail;
    private final Assets assets;

    public ReportWriter() {
        MustacheFactory factory = new DefaultMustacheFactory(ROOT);
        this.head = factory.compile("report-head.mustache");
        this.tail = factory.compile("report-tail.mustache");
        this.assets = new Assets(resource("vendor/uPlot.min.css", "</style"), resource("report.css", "</style"),
                resource("vendor/uPlot.iife.min.js", "</script"), resource("report.js", "</script"));
    }

    /** Writes {@code report.html} into the results folder and returns its path. */
    public Path write(Path results) throws IOException {
        return write(results, results.resolve(FILE_NAME));
    }

    /**
     * Writes {@code report.html} into the results folder with the timeline data {@code timeline} made while the run
     * wrote {@code timeline.csv}; when that data is not complete, from {@code timeline.csv} as {@link #write(Path)}.
     */
    public Path write(Path results, TimelineFeed timeline) throws IOException {
        if (timeline == null || !timeline.complete()) {
            return write(results);
        }
        ResultsReader.Read read = new ResultsReader().read(results);
        Path absolute = results.resolve(FILE_NAME).toAbsolutePath();
        try (AtomicFile file = AtomicFile.create(absolute);
             Writer out = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8))) {
            head.execute(out, List.of(assets, read.model()));
            out.flush();
            file.append(timeline.data());
            tail.execute(out, List.of(assets, read.model()));
            out.flush();
            file.commit();
        }
        return absolute;
    }

    /**
     * Writes the report of {@code results} to {@code output} (replaced when it exists; written whole or not at all).
     *
     * @throws org.spyglass.core.SpyglassException with {@code INPUT_ERROR} when {@code results} is not a results
     *                                             folder
     */
    public Path write(Path results, Path output) throws IOException {
        ResultsReader.Read read = new ResultsReader().read(results);
        Path timeline = results.resolve(RunOutputs.TIMELINE);
        Path absolute = output.toAbsolutePath();
        try (AtomicFile file = AtomicFile.create(absolute);
             Writer out = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8));
             Reader events = Files.isRegularFile(timeline)
                     ? Files.newBufferedReader(timeline, StandardCharsets.UTF_8) : null) {
            write(read, events, out);
            out.flush();
            file.commit();
        }
        return absolute;
    }

    /** Writes the page; {@code timelineCsv} (may be null) is read as a stream, row by row. */
    long write(ResultsReader.Read read, Reader timelineCsv, Writer out) throws IOException {
        head.execute(out, List.of(assets, read.model()));
        long events = TimelineData.write(timelineCsv, read.timedAlerts(), out);
        tail.execute(out, List.of(assets, read.model()));
        out.flush();
        return events;
    }

    /** The inlined styles and scripts; each is checked not to close its own element early. */
    record Assets(String uplotCss, String css, String uplotJs, String appJs) {
    }

    private static String resource(String name, String forbidden) {
        try (InputStream in = ReportWriter.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + ROOT + name + ": the build is incomplete.");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.toLowerCase(Locale.ROOT).contains(forbidden)) {
                throw new IllegalStateException(ROOT + name + " contains " + forbidden + " and cannot be inlined.");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
