package org.spyglass.core.ioc.load;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.spyglass.core.SpyglassException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads one indicator file: a STIX 2.1 bundle (JSON) or an ECHAP app list (YAML), told apart by content, not by
 * name; or, through {@code loadList}, a plain list whose layout and type the caller declares ({@link PlainList}).
 * Indicators that cannot be used become warnings in the result. A file that cannot be read at all, or that is
 * in no known format, throws a {@link SpyglassException} with one sentence: the caller decides whether that stops
 * the run (a file the user named) or is only a warning (a file found in a folder). Thread-safe.
 */
public final class IndicatorFileLoader {
    /** Files larger than this are refused (the largest public feed is a few MiB). */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private IndicatorFileLoader() {
    }

    /**
     * Reads {@code file}, naming it by its path in provenance and warnings. A STIX bundle is streamed from the file,
     * never held whole in memory.
     */
    public static LoadedFile load(String feed, Path file) {
        String name = file.toString();
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw SpyglassException.input("Cannot read indicators from " + file + ": the file is larger than "
                        + (MAX_FILE_BYTES >> 20) + " MiB.");
            }
            if (looksLikeJson(file)) {
                HashingFileContent content = new HashingFileContent(file);
                FileCollector out = new FileCollector(feed, name);
                readBundle(name, content, out);
                return out.finish(content.sha256());
            }
            return load(feed, name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw SpyglassException.input("Cannot read the indicator file " + file + ": " + e.getMessage() + ".", e);
        }
    }

    /** Reads an indicator file from a stream (for bundled resources); {@code name} is used in provenance. */
    public static LoadedFile load(String feed, String name, InputStream in) {
        return load(feed, name, readBounded(name, in));
    }

    /**
     * Reads a plain list from a stream (for bundled resources); {@code name} is used in provenance.
     *
     * @throws SpyglassException (input error) when the stream cannot be read or is a CSV without a usable header
     */
    public static LoadedFile loadList(String feed, String name, InputStream in, PlainList list) {
        return loadList(feed, name, readBounded(name, in), list);
    }

    /**
     * Reads plain list content (UTF-8) laid out and typed as {@code list} says. Plain lists are only read when the
     * caller declares them: {@link #load(String, String, byte[])} never takes a file for one.
     *
     * @throws SpyglassException (input error) when the content is a CSV without a usable header
     */
    public static LoadedFile loadList(String feed, String name, byte[] content, PlainList list) {
        FileCollector out = new FileCollector(feed, name);
        String text = new String(content, StandardCharsets.UTF_8);
        PlainListReader.read(text.startsWith("\uFEFF") ? text.substring(1) : text, list, out);
        return out.finish(sha256(content));
    }

    private static byte[] readBounded(String name, InputStream in) {
        try {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_FILE_BYTES + 1));
            if (content.length > MAX_FILE_BYTES) {
                throw SpyglassException.input("Cannot read indicators from " + name + ": it is larger than "
                        + (MAX_FILE_BYTES >> 20) + " MiB.");
            }
            return content;
        } catch (IOException e) {
            throw SpyglassException.input("Cannot read the indicator file " + name + ": " + e.getMessage() + ".", e);
        }
    }

    /** Reads indicator file content; {@code name} is the path or resource name used in provenance and warnings. */
    public static LoadedFile load(String feed, String name, byte[] content) {
        FileCollector out = new FileCollector(feed, name);
        if (looksLikeJson(content)) {
            readBundle(name, () -> new ByteArrayInputStream(content), out);
        } else {
            JsonNode root = parse(yaml(), name, content);
            if (root != null && root.isObject() && root.has("indicators")) {
                throw SpyglassException.input("Cannot read indicators from " + name
                        + ": it is a feed index (indicators.yaml), not an indicator file; use it with 'iocs update'.");
            }
            if (!AppListReader.isAppList(root)) {
                throw SpyglassException.input("Cannot read indicators from " + name
                        + ": it is neither a STIX 2.1 bundle nor an ECHAP ioc.yaml app list.");
            }
            AppListReader.read(root, out);
        }
        return out.finish(sha256(content));
    }

    private static void readBundle(String name, StixBundleReader.Content content, FileCollector out) {
        boolean bundle;
        try {
            bundle = StixBundleReader.read(JSON.getFactory(), content, out);
        } catch (JacksonException e) {
            throw SpyglassException.input("Cannot read indicators from " + name + ": it is not valid JSON ("
                    + e.getOriginalMessage() + ").", e);
        } catch (IOException e) {
            throw SpyglassException.input("Cannot read indicators from " + name + ": " + e.getMessage() + ".", e);
        }
        if (!bundle) {
            throw SpyglassException.input("Cannot read indicators from " + name
                    + ": it is JSON but not a STIX 2.1 bundle (no \"type\": \"bundle\" with \"objects\").");
        }
    }

    /** Created on first use: most runs read only JSON, and the YAML stack is slow to load. */
    private static final class YamlHolder {
        static final ObjectMapper YAML = yamlMapper();
    }

    static ObjectMapper yaml() {
        return YamlHolder.YAML;
    }

    static JsonNode parse(ObjectMapper mapper, String name, byte[] content) {
        try {
            return mapper.readTree(content);
        } catch (JacksonException e) {
            String kind = mapper == JSON ? "JSON" : "YAML";
            throw SpyglassException.input("Cannot read indicators from " + name + ": it is not valid " + kind
                    + " (" + e.getOriginalMessage() + ").", e);
        } catch (IOException e) {
            throw SpyglassException.input("Cannot read indicators from " + name + ": " + e.getMessage() + ".", e);
        }
    }

    private static boolean looksLikeJson(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return looksLikeJson(in.readNBytes(4096));
        }
    }

    private static boolean looksLikeJson(byte[] content) {
        for (byte b : content) {
            if (b == '{' || b == '[') {
                return b == '{';
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != (byte) 0xEF && b != (byte) 0xBB
                    && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static ObjectMapper yamlMapper() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, MAX_FILE_BYTES));
        options.setMaxAliasesForCollections(50);
        return new YAMLMapper(YAMLFactory.builder().loaderOptions(options).build());
    }
}
