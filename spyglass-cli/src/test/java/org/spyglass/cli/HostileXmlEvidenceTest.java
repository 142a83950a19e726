package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spyglass.core.ExitCode;
import org.spyglass.ios.testing.BackupBuilder;
import org.spyglass.ios.testing.DumpBuilder;

/**
 * XML property lists planted where the commands read XML (a backup's {@code Info.plist}, a dump's
 * {@code SystemVersion.plist}), shaped to pull a local file into the results or to expand without end: the run
 * ends normally (or, for a backup whose own Info.plist is unreadable, with one sentence), and the secret is in
 * nothing printed and no file written. The timeout only guards the build.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileXmlEvidenceTest {
    private static final String SECRET = "TOP-SECRET-93ad2e";

    @TempDir
    Path dir;

    static Stream<Arguments> payloadsAndPlaces() {
        List<String> payloads = List.of("external entity", "external DTD", "billion laughs");
        return Stream.of("backup Info.plist", "dump SystemVersion.plist")
                .flatMap(place -> payloads.stream().map(payload -> Arguments.of(place, payload)));
    }

    @ParameterizedTest(name = "{1} in the {0}")
    @MethodSource("payloadsAndPlaces")
    void keepsTheSecretOutAndEnds(String place, String payload) throws Exception {
        String uri = Files.writeString(dir.resolve("secret.txt"), SECRET, StandardCharsets.UTF_8).toUri().toString();
        byte[] xml = document(payload, uri).getBytes(StandardCharsets.UTF_8);
        List<String> command;
        if (place.startsWith("backup")) {
            Path backup = BackupBuilder.in(dir.resolve("evidence")).file("HomeDomain", "a.txt", new byte[] {1})
                    .build();
            Files.write(backup.resolve("Info.plist"), xml);
            command = List.of("ios", "check-backup", backup.toString());
        } else {
            Path dump = DumpBuilder.in(dir.resolve("evidence/dump")).systemVersion("14.8", "18H17")
                    .file("/private/var/tmp/x", "x").build();
            Files.write(dump.resolve("System/Library/CoreServices/SystemVersion.plist"), xml);
            command = List.of("ios", "check-fs", dump.toString());
        }

        CliRun run = CliRun.of(Stream.concat(command.stream(), Stream.of("-o", dir.resolve("out").toString()))
                .toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err())
                .isIn(ExitCode.COMPLETED.code(), ExitCode.ALERTS.code(), ExitCode.INPUT_ERROR.code());
        if (run.exitCode() == ExitCode.INPUT_ERROR.code()) {
            assertThat(run.err()).contains("unreadable Info.plist");
        }
        assertThat(run.out() + run.err()).doesNotContain(SECRET).doesNotContain("Exception").doesNotContain("\tat ");
        try (Stream<Path> files = Files.walk(Files.createDirectories(dir.resolve("out")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(SECRET).doesNotContain("lollollol");
            }
        }
    }

    private static String document(String payload, String uri) {
        String doctype = switch (payload) {
            case "external entity" -> "<!DOCTYPE plist [<!ENTITY x SYSTEM \"" + uri + "\">]>";
            case "external DTD" -> "<!DOCTYPE plist SYSTEM \"" + uri + "\">";
            default -> billionLaughs();
        };
        String value = switch (payload) {
            case "external entity" -> "&x;";
            case "billion laughs" -> "&l10;";
            default -> "14.8";
        };
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n<plist version=\"1.0\"><dict>"
                + "<key>ProductVersion</key><string>" + value + "</string>"
                + "<key>Product Version</key><string>" + value + "</string>"
                + "<key>ProductBuildVersion</key><string>" + value + "</string>"
                + "<key>Device Name</key><string>" + value + "</string></dict></plist>\n";
    }

    private static String billionLaughs() {
        StringBuilder laughs = new StringBuilder("<!DOCTYPE plist [<!ENTITY l0 \"lollollollollollollollollollol\">");
        for (int i = 1; i <= 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        return laughs.append("]>").toString();
    }
}
