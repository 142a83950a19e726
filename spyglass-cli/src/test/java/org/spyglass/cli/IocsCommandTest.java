package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ExitCode;

class IocsCommandTest {
    private static final String BUNDLE = """
            {"type": "bundle", "id": "bundle--2", "objects": [
              {"type": "malware", "id": "malware--2", "name": "LoopSpy", "is_family": false},
              {"type": "indicator", "id": "indicator--2", "pattern_type": "stix",
               "pattern": "[domain-name:value = 'loop.example']"},
              {"type": "relationship", "id": "relationship--2", "relationship_type": "indicates",
               "source_ref": "indicator--2", "target_ref": "malware--2"}]}
            """;

    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();

    @BeforeEach
    void startLoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = served.get(exchange.getRequestURI().getPath());
            try (InputStream ignored = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    exchange.sendResponseHeaders(200, body.length);
                    out.write(body);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void listsTheBundledFeedsAsAnInventory() {
        CliRun run = CliRun.of("iocs", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(run.out()).contains("pegasus.stix2").contains("Pegasus").contains("ioc.yaml")
                .containsPattern("Total: [0-9]+ distinct indicators in [0-9]+ files")
                .doesNotContainIgnoringCase("match").doesNotContainIgnoringCase("found");
    }

    @Test
    void updatesTheFeedsOfAnIndexFromALoopbackServer() throws Exception {
        served.put("/index.yaml", ("indicators:\n"
                + "  - type: github\n    name: Loop feed\n    github:\n      owner: lab\n      repo: iocs\n"
                + "      branch: main\n      path: loop.stix2\n").getBytes(StandardCharsets.UTF_8));
        served.put("/lab/iocs/main/loop.stix2", BUNDLE.getBytes(StandardCharsets.UTF_8));
        Path data = dir.resolve("data");

        CliRun run = CliRun.of("iocs", "update", "--index", base() + "/index.yaml", "--github-raw-base",
                base() + "/", "--data-folder", data.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(run.out()).contains("Loop feed").contains("1 feeds updated");
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("loop.stix2"));
        }
    }

    @Test
    void reportsAnUnreachableIndexAsANetworkError() {
        CliRun run = CliRun.of("iocs", "update", "--index", base() + "/missing.yaml", "--data-folder",
                dir.resolve("data").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.NETWORK_ERROR.code());
        assertThat(run.err()).startsWith("spyglass: ").doesNotContain("\tat ");
    }
}
