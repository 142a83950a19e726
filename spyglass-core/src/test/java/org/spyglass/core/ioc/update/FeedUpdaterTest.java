package org.spyglass.core.ioc.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.ioc.StixBundleBuilder;
import org.spyglass.core.module.Warning;

class FeedUpdaterTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private HttpServer server;
    private String base;
    @TempDir
    Path home;
    private Path data;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = served.get(exchange.getRequestURI().getPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        data = home.resolve("spyglass").resolve("indicators");
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void serveIndex(String... paths) {
        StringBuilder yaml = new StringBuilder("indicators:\n");
        for (String path : paths) {
            yaml.append("  - type: github\n    name: Feed ").append(path).append("\n    sources: [Test]\n")
                    .append("    github:\n      owner: org\n      repo: repo\n      branch: main\n      path: ")
                    .append(path).append('\n');
        }
        yaml.append("  - type: other\n    name: Other feed\n    download_url: ").append(base).append("other/x.stix2\n");
        served.put("/index/indicators.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bundle(String domain) {
        return new StixBundleBuilder().indicator("indicator--1", "[domain-name:value = '" + domain + "']").bytes();
    }

    private FeedUpdater updater() {
        return new FeedUpdater(data, URI.create(base + "index/indicators.yaml"), base,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private String fileName(String path) {
        return FeedUpdater.fileNameFor(URI.create(base + path));
    }

    @Test
    void downloadsEveryFeedOfTheIndexAndRecordsState() throws IOException {
        serveIndex("a/one.stix2", "b/two.stix2");
        served.put("/org/repo/main/a/one.stix2", bundle("one.com"));
        served.put("/org/repo/main/b/two.stix2", bundle("two.com"));
        served.put("/other/x.stix2", bundle("x.com"));

        UpdateReport report = updater().update();

        assertThat(report.warnings()).isEmpty();
        assertThat(report.updated()).extracting(UpdateReport.UpdatedFeed::feed)
                .containsExactly("Feed a/one.stix2", "Feed b/two.stix2", "Other feed");
        assertThat(report.updated()).allSatisfy(f -> assertThat(f.count()).isEqualTo(1));
        assertThat(data.resolve(fileName("org/repo/main/a/one.stix2"))).hasBinaryContent(bundle("one.com"));
        assertThat(fileName("org/repo/main/a/one.stix2")).startsWith("127.0.0.1_").endsWith("_org_repo_main_a_one.stix2");
        UpdateState state = UpdateState.read(data);
        assertThat(state.lastUpdate()).isEqualTo(NOW.toString());
        assertThat(state.files()).hasSize(3);
        assertThat(state.feedOf(fileName("other/x.stix2"))).isEqualTo("Other feed");
        assertThat(state.files().get(0).sha256()).hasSize(64);
        assertThat(state.files().get(0).url()).isEqualTo(base + "org/repo/main/a/one.stix2");
        try (Stream<Path> left = Files.list(home.resolve("spyglass"))) {
            assertThat(left).containsExactly(data);
        }
    }

    @Test
    void keepsThePreviousCopyOfAFeedThatFailsToDownload() throws IOException {
        serveIndex("a/one.stix2", "b/two.stix2");
        served.put("/org/repo/main/a/one.stix2", bundle("one.com"));
        served.put("/org/repo/main/b/two.stix2", bundle("two.com"));
        served.put("/other/x.stix2", bundle("x.com"));
        updater().update();

        served.put("/org/repo/main/a/one.stix2", bundle("one-new.com"));
        served.remove("/org/repo/main/b/two.stix2");
        UpdateReport report = updater().update();

        assertThat(report.updated()).extracting(UpdateReport.UpdatedFeed::feed)
                .containsExactly("Feed a/one.stix2", "Other feed");
        assertThat(report.warnings()).singleElement().extracting(Warning::message).asString()
                .contains("Feed b/two.stix2").contains("HTTP 404").contains("previous copy is kept");
        assertThat(data.resolve(fileName("org/repo/main/a/one.stix2"))).hasBinaryContent(bundle("one-new.com"));
        assertThat(data.resolve(fileName("org/repo/main/b/two.stix2"))).hasBinaryContent(bundle("two.com"));
        assertThat(UpdateState.read(data).files()).hasSize(3);
    }

    @Test
    void keepsThePreviousCopyOfAFeedThatIsGarbage() {
        serveIndex("a/one.stix2");
        served.put("/org/repo/main/a/one.stix2", bundle("one.com"));
        served.put("/other/x.stix2", bundle("x.com"));
        updater().update();

        served.put("/org/repo/main/a/one.stix2", "<html>rate limited</html>".getBytes(StandardCharsets.UTF_8));
        UpdateReport report = updater().update();

        assertThat(report.updated()).extracting(UpdateReport.UpdatedFeed::feed).containsExactly("Other feed");
        assertThat(report.warnings()).singleElement().extracting(Warning::message).asString()
                .contains("not a usable indicator file");
        assertThat(data.resolve(fileName("org/repo/main/a/one.stix2"))).hasBinaryContent(bundle("one.com"));
    }

    @Test
    void failsWithNetworkErrorWhenTheIndexIsUnreachable() {
        assertThatThrownBy(() -> updater().update())
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.NETWORK_ERROR))
                .hasMessageContaining("indicator index").hasMessageContaining("HTTP 404");
        assertThat(data).doesNotExist();
    }

    @Test
    void failsWithNetworkErrorWhenNoServerListens() {
        server.stop(0);
        assertThatThrownBy(() -> updater().update())
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.NETWORK_ERROR));
    }

    @Test
    void failsWithNetworkErrorWhenNoFeedCanBeDownloaded() {
        serveIndex("a/one.stix2");
        assertThatThrownBy(() -> updater().update())
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.NETWORK_ERROR))
                .hasMessageStartingWith("None of the 2 feeds");
    }

    @Test
    void refusesAnIndexThatIsNotAnIndex() {
        served.put("/index/indicators.yaml", "hello: world\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> updater().update()).isInstanceOf(SpyglassException.class)
                .hasMessageContaining("not an indicators.yaml");
    }

    @Test
    void namesFilesLikeMvt() {
        assertThat(FeedUpdater.fileNameFor(URI.create(
                "https://raw.githubusercontent.com/AmnestyTech/investigations/master/2021-07-18_nso/pegasus.stix2")))
                .isEqualTo("raw.githubusercontent.com_AmnestyTech_investigations_master_2021-07-18_nso_pegasus.stix2");
        assertThat(List.of(FeedUpdater.fileNameFor(URI.create("https://x.org/../a")))).containsExactly("x.org_.._a");
    }
}
