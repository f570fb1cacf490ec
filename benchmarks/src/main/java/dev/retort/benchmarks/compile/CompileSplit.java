package dev.retort.benchmarks.compile;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Splits what a processor costs a compilation of {@link SyntheticModel}: one kind of compilation,
 * run several times in this JVM, printing what the compiling thread allocated each time. Compare
 * the modes to separate the processor's own work from javac's work on the code it generates.
 *
 * <ul>
 *   <li>{@code keep DIR}: the Retort model with {@code RetortProcessor}, its generated sources kept
 *       in {@code DIR} ({@code keep-jpa DIR}: the JPA model with Hibernate's processor);
 *   <li>{@code processor} ({@code processor-jpa}): the model with its processor;
 *   <li>{@code model} ({@code model-jpa}): the model alone, {@code -proc:none};
 *   <li>{@code sources DIR} ({@code sources-jpa DIR}): the model and the {@code .java} files under
 *       {@code DIR} as ordinary sources, {@code -proc:none};
 *   <li>{@code sources-noop DIR} ({@code sources-noop-jpa DIR}): the same with a processor that
 *       claims nothing, so javac keeps comments and positions and enters every tree again.
 * </ul>
 *
 * <p>Run with {@code -XX:-DoEscapeAnalysis} for figures that repeat to the megabyte:
 *
 * <pre>
 * java -XX:-DoEscapeAnalysis -cp benchmarks/target/classes:$(cat benchmarks/target/cp.txt) \
 *     dev.retort.benchmarks.compile.CompileSplit keep 1 /tmp/generated
 * java -XX:-DoEscapeAnalysis -cp ... dev.retort.benchmarks.compile.CompileSplit sources 3 /tmp/generated
 * </pre>
 */
public final class CompileSplit {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private CompileSplit() {}

    /** A processor that claims nothing: what any processor makes javac do, without work of its own. */
    @SupportedAnnotationTypes("*")
    public static final class NoOp extends AbstractProcessor {
        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return false;
        }
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        int runs = Integer.parseInt(args[1]);
        Path dir = args.length > 2 ? Path.of(args[2]) : null;
        boolean jpa = mode.endsWith("-jpa");
        String kind = jpa ? mode.substring(0, mode.length() - "-jpa".length()) : mode;
        Path work = Files.createTempDirectory("retort-compile-split");
        List<Path> sources = new ArrayList<>(jpa ? SyntheticModel.jpa(work.resolve("src"))
                : SyntheticModel.retort(work.resolve("src")));
        if (kind.startsWith("sources")) {
            try (Stream<Path> walk = Files.walk(dir)) {
                sources.addAll(walk.filter(p -> p.toString().endsWith(".java")).sorted().toList());
            }
        }
        long[] megabytes = new long[runs];
        for (int i = 0; i < runs; i++) {
            Path out = Files.createTempDirectory(work, "out");
            Path generated = kind.equals("keep") ? Files.createDirectories(dir) : out.resolve("generated");
            Files.createDirectories(generated);
            megabytes[i] = compile(kind, jpa, sources, out, generated);
        }
        System.out.printf(Locale.ROOT, "%s: %d files compiled, allocated MB per run %s%n", mode, sources.size(),
                Arrays.toString(megabytes));
        try (Stream<Path> walk = Files.walk(work)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static long compile(String kind, boolean jpa, List<Path> sources, Path out, Path generated)
            throws IOException {
        List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-s", generated.toString(),
                "-classpath", System.getProperty("java.class.path"), "--release", "17", "-implicit:none"));
        List<Processor> processors = null;
        switch (kind) {
            case "model", "sources" -> options.add("-proc:none");
            case "sources-noop" -> processors = List.of(new NoOp());
            case "keep", "processor" -> options.addAll(List.of("-processor", jpa
                    ? "org.hibernate.processor.HibernateProcessor" : "dev.retort.processor.RetortProcessor"));
            default -> throw new IllegalArgumentException("unknown mode " + kind);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        long thread = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(thread);
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, files, null, options, null,
                    files.getJavaFileObjectsFromPaths(sources));
            if (processors != null) {
                task.setProcessors(processors);
            }
            if (!task.call()) {
                throw new IllegalStateException("compilation failed: " + kind);
            }
        }
        return (THREADS.getThreadAllocatedBytes(thread) - before) >> 20;
    }
}
