package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainVersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void versionAloneAnswersWhatPicocliAnswers(String option) throws IOException, InterruptedException {
        StringWriter picocli = new StringWriter();
        var commandLine = SpyglassCommand.commandLine();
        commandLine.setOut(new PrintWriter(picocli, true));
        int picocliCode = commandLine.execute(option);

        Process main = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), option)
                .redirectErrorStream(true).start();
        String printed = new String(main.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(main.waitFor()).isEqualTo(picocliCode).isZero();
        assertThat(printed.strip()).isEqualTo(picocli.toString().strip()).startsWith("Spyglass ");
    }
}
