package org.spyglass.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the {@code spyglass} command line in a child JVM (the test's class path and temporary folder), for what an
 * in-process run cannot show: environment variables, and a process killed with SIGKILL.
 */
final class ChildCli {
    private ChildCli() {
    }

    /** Starts the command with {@code environment} added to this process's; its output goes to files in {@code logs}. */
    static Process start(Path logs, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(Files.createDirectories(logs).resolve("stdout.txt").toFile())
                .redirectError(logs.resolve("stderr.txt").toFile());
        builder.environment().keySet().removeIf(name -> name.endsWith("BACKUP_PASSWORD"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Runs the command to its end and returns what it printed. */
    static CliRun run(Path logs, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        int code = start(logs, environment, args).waitFor();
        return new CliRun(code, Files.readString(logs.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(logs.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }
}
