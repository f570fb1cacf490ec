package dev.retort.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifying named queries boots Derby inside javac; no {@code derby.log} may appear in the
 * directory javac runs in. Runs a real javac process (its own JVM, so Derby boots fresh there).
 */
class NoDerbyLogTest {

    @Test
    void verifyingQueriesLeavesNoDerbyLog(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-proc:only", "-d", out.toString(), "-s", out.toString(),
                "-cp", System.getProperty("java.class.path"),
                "-processor", RetortProcessor.class.getName()));
        try (Stream<Path> files = Files.walk(Sources.resourceDir("models/queries"))) {
            files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> cmd.add(p.toString()));
        }
        Process javac = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("javac.txt").toFile()).start();
        assertThat(javac.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(dir.resolve("javac.txt"));
        assertThat(javac.exitValue()).isEqualTo(0);
        assertThat(output).doesNotContain("error");
        assertThat(new File(dir.toFile(), "derby.log").exists()).isFalse();
        assertThat(Files.exists(out.resolve("example/queries/Address_.java"))).isTrue();
    }
}
