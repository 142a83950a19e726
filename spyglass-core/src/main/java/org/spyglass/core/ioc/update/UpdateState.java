package org.spyglass.core.ioc.update;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the last {@code iocs update} did, kept in the data folder as {@value #FILE_NAME} (hidden, so folder scans for
 * indicator files skip it).
 *
 * @param lastUpdate when the last update finished, ISO-8601 UTC
 * @param indexUrl   the index it used
 * @param files      one entry per feed file in the folder
 */
public record UpdateState(@JsonProperty("last_update") String lastUpdate,
                          @JsonProperty("index_url") String indexUrl,
                          @JsonProperty("files") List<FileState> files) {
    public static final String FILE_NAME = ".update-state.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One downloaded feed file.
     *
     * @param file       the file name inside the data folder
     * @param feed       the feed's name in the index
     * @param url        where it was downloaded from
     * @param sha256     hex SHA-256 of its bytes
     * @param downloaded when it was downloaded, ISO-8601 UTC
     */
    public record FileState(@JsonProperty("file") String file, @JsonProperty("feed") String feed,
                            @JsonProperty("url") String url, @JsonProperty("sha256") String sha256,
                            @JsonProperty("downloaded") String downloaded) {
        public FileState {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(feed, "feed");
        }
    }

    public UpdateState {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** The state saved in {@code dataFolder}, or an empty state when there is none or it cannot be read. */
    public static UpdateState read(Path dataFolder) {
        Path file = dataFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new UpdateState(null, null, List.of());
        }
        try {
            return JSON.readValue(file.toFile(), UpdateState.class);
        } catch (IOException e) {
            return new UpdateState(null, null, List.of());
        }
    }

    /** The feed name recorded for a file of the data folder, or null when none is recorded. */
    public String feedOf(String fileName) {
        return files.stream().filter(f -> f.file().equals(fileName)).map(FileState::feed).findFirst().orElse(null);
    }

    void write(Path file) throws IOException {
        JSON.writeValue(file.toFile(), this);
    }
}
