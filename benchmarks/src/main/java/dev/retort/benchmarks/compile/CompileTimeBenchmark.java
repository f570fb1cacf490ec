package dev.retort.processor.perf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures what the processor adds to a build: a generated project of 200 entities (each with a
 * many-to-one to the previous one and the mirror one-to-many, every tenth with a many-to-many) is
 * compiled with javac through {@code javax.tools} in this JVM, with and without the processor,
 * after warm-up, several times each, alternating; the medians and their ratio are printed and
 * written to {@code target/compile-time.txt}. Excluded from the default test run; run with:
 *
 * <pre>
 * mvn -q -pl processor -am test -Dtest=CompileTimeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dretort.excludedGroups= -Dgroups=perf
 * </pre>
 */
@Tag("perf")
class CompileTimeBenchmark {
    private static final int ENTITIES = 200;
    private static final int WARMUP = 3;
    private static final int RUNS = 9;

    @Test
    void compileTimeWithAndWithoutTheProcessor(@TempDir Path dir) throws IOException {
        Path src = dir.resolve("src");
        List<Path> sources = generateProject(src);
        long[] without = new long[RUNS];
        long[] with = new long[RUNS];
        long[] procOnly = new long[RUNS];
        for (int i = 0; i < WARMUP; i++) {
            compile(dir, sources, Mode.WITHOUT, "warm" + i);
            compile(dir, sources, Mode.WITH, "warm" + i);
            compile(dir, sources, Mode.PROC_ONLY, "warm" + i);
        }
        for (int i = 0; i < RUNS; i++) {
            without[i] = compile(dir, sources, Mode.WITHOUT, "run" + i);
            with[i] = compile(dir, sources, Mode.WITH, "run" + i);
            procOnly[i] = compile(dir, sources, Mode.PROC_ONLY, "run" + i);
        }
        long a = median(without);
        long b = median(with);
        String report = String.format(Locale.ROOT,
                "%d entities, %d sources; javac in-process, %d warm-up + %d runs each, alternating%n"
                        + "without processor: median %d ms, best %d ms %s%n"
                        + "with processor:    median %d ms, best %d ms %s%n"
                        + "ratio with/without: %.2f (medians), %.2f (best)%n"
                        + "processing alone (-proc:only, parse + processor, no generated code compiled):"
                        + " median %d ms %s%n",
                ENTITIES, sources.size(), WARMUP, RUNS, a, min(without), Arrays.toString(without), b, min(with),
                Arrays.toString(with), (double) b / a, (double) min(with) / min(without), median(procOnly),
                Arrays.toString(procOnly));
        System.out.print(report);
        Files.writeString(Path.of("target", "compile-time.txt"), report);
        assertTrue(b > 0 && a > 0);
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private enum Mode { WITHOUT, WITH, PROC_ONLY }

    private static long compile(Path dir, List<Path> sources, Mode mode, String run) throws IOException {
        boolean processor = mode != Mode.WITHOUT;
        Path out = Files.createDirectories(dir.resolve(mode + "-" + run));
        Path gen = Files.createDirectories(out.resolve("generated"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-s", gen.toString(),
                "-classpath", System.getProperty("java.class.path"), "--release", "17", "-implicit:none"));
        if (processor) {
            options.addAll(List.of("-processor", "dev.retort.processor.RetortProcessor"));
            if (mode == Mode.PROC_ONLY) {
                options.add("-proc:only");
            }
        } else {
            options.add("-proc:none");
        }
        long start = System.nanoTime();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            Boolean ok = javac.getTask(null, files, null, options, null, units).call();
            if (!ok) {
                throw new AssertionError("compilation failed (" + (processor ? "with" : "without") + " processor)");
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        deleteTree(out);
        return millis;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** {@code bench.Base}, {@code bench.Status} and 200 entities in four packages. */
    static List<Path> generateProject(Path src) throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(write(src, "bench", "Base", "package bench;\n\n"
                + "@dev.retort.annotations.DeclarativeBase\npublic interface Base {}\n"));
        out.add(write(src, "bench", "Status", "package bench;\n\npublic enum Status { NEW, ACTIVE, RETIRED }\n"));
        for (int i = 0; i < ENTITIES; i++) {
            out.add(write(src, pkg(i), name(i), entity(i)));
        }
        return out;
    }

    private static String pkg(int i) {
        return "bench.p" + (i % 4);
    }

    private static String name(int i) {
        return String.format(Locale.ROOT, "Entity%03d", i);
    }

    private static String qualified(int i) {
        return pkg(i) + "." + name(i);
    }

    private static String entity(int i) {
        StringBuilder b = new StringBuilder();
        b.append("package ").append(pkg(i)).append(";\n\n")
                .append("import dev.retort.annotations.*;\n")
                .append("import java.math.BigDecimal;\nimport java.time.LocalDateTime;\n")
                .append("import java.util.ArrayList;\nimport java.util.List;\n\n")
                .append("@Table(name = \"t").append(i).append("\")\n")
                .append("public class ").append(name(i)).append(" implements bench.Base {\n")
                .append("    @Column(primaryKey = true) public Long id;\n")
                .append("    @Column(length = 80, nullable = false) public String name;\n")
                .append("    @Column(precision = 12, scale = 2) public BigDecimal amount;\n")
                .append("    @Column public LocalDateTime created;\n")
                .append("    @Column(defaultValue = \"NEW\") public bench.Status status;\n")
                .append("    @Column(version = true) public int version;\n");
        if (i > 0) {
            b.append("    @Column(foreignKey = \"t").append(i - 1).append(".id\", index = true) public Long parentId;\n")
                    .append("    @Relationship(backPopulates = \"children\") public ").append(qualified(i - 1))
                    .append(" parent;\n");
        }
        if (i < ENTITIES - 1) {
            b.append("    @Relationship(backPopulates = \"parent\", orderBy = \"id\") public List<")
                    .append(qualified(i + 1)).append("> children = new ArrayList<>();\n");
        }
        if (i % 10 == 0 && i + 5 < ENTITIES) {
            b.append("    @Relationship(secondary = \"link").append(i).append("\", backref = \"linked").append(i)
                    .append("\") public List<").append(qualified(i + 5)).append("> links = new ArrayList<>();\n");
        }
        b.append("}\n");
        return b.toString();
    }

    private static Path write(Path src, String pkg, String name, String text) throws IOException {
        Path dir = Files.createDirectories(src.resolve(pkg.replace('.', '/')));
        Path file = dir.resolve(name + ".java");
        Files.writeString(file, text);
        return file;
    }
}
