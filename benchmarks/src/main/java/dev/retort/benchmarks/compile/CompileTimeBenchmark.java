package dev.retort.benchmarks.compile;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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

/**
 * What an annotation processor adds to a build, Retort's against Hibernate's
 * ({@code org.hibernate.orm:hibernate-processor}, the JPA static metamodel generator), on the
 * same synthetic model of 200 entities written twice: once with Retort's annotations, once as JPA
 * entities. Each entity has six columns (a key, a bounded string, a decimal, a timestamp, an enum,
 * a version counter), a foreign key with a many-to-one to the previous entity and the mirror
 * one-to-many, and every tenth a many-to-many.
 *
 * <p>javac runs in this JVM through {@code javax.tools}, as build tools and IDEs run it: for each
 * model, without and with its processor, alternating, after warm-up. For each it prints the median
 * wall time, the median CPU time of the compiling thread (steadier on a shared machine), the median
 * memory that thread allocated (javac's work, unaffected by other processes), the number of
 * generated lines, and the ratio Retort / Hibernate of the with-processor medians.
 *
 * <p>Run (the second line takes the warm-up and measured runs, default 3 and 7):
 *
 * <pre>
 * mvn -q -pl benchmarks -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/cp.txt) dev.retort.benchmarks.compile.CompileTimeBenchmark 3 7
 * </pre>
 */
public final class CompileTimeBenchmark {
    private static final String RETORT = "dev.retort.processor.RetortProcessor";
    private static final String HIBERNATE = "org.hibernate.processor.HibernateProcessor";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.ThreadMXBean ALLOCATION =
            THREADS instanceof com.sun.management.ThreadMXBean ? (com.sun.management.ThreadMXBean) THREADS : null;

    private CompileTimeBenchmark() {}

    /** One way of compiling: a model, with or without its processor. */
    private record Mode(String label, List<Path> sources, String processor) {}

    /** The times of one compilation. */
    private record Time(long wallMillis, long cpuMillis, long allocatedMegabytes, long generatedLines) {}

    public static void main(String[] args) throws IOException {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path dir = Files.createTempDirectory("retort-compile-time");
        try {
            List<Path> retort = SyntheticModel.retort(dir.resolve("retort"));
            List<Path> jpa = SyntheticModel.jpa(dir.resolve("jpa"));
            List<Mode> modes = List.of(new Mode("retort, no processor", retort, null),
                    new Mode("retort + RetortProcessor", retort, RETORT),
                    new Mode("jpa, no processor", jpa, null),
                    new Mode("jpa + HibernateProcessor", jpa, HIBERNATE));
            for (int i = 0; i < warmup; i++) {
                for (Mode m : modes) {
                    compile(dir, m);
                }
            }
            long[][] wall = new long[modes.size()][runs];
            long[][] cpu = new long[modes.size()][runs];
            long[][] allocated = new long[modes.size()][runs];
            long[] lines = new long[modes.size()];
            for (int i = 0; i < runs; i++) {
                for (int m = 0; m < modes.size(); m++) {
                    Time t = compile(dir, modes.get(m));
                    wall[m][i] = t.wallMillis();
                    cpu[m][i] = t.cpuMillis();
                    allocated[m][i] = t.allocatedMegabytes();
                    lines[m] = t.generatedLines();
                }
            }
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%d entities per model; javac in-process, %d warm-up + %d runs"
                    + " each, alternating; %d cores, %s%n", SyntheticModel.ENTITIES, warmup, runs,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version")));
            out.append(String.format(Locale.ROOT, "%-26s %12s %12s %14s %16s%n", "", "wall median", "CPU median",
                    "allocated", "generated lines"));
            for (int m = 0; m < modes.size(); m++) {
                out.append(String.format(Locale.ROOT, "%-26s %9d ms %9d ms %11d MB %16d   wall %s%n",
                        modes.get(m).label(), median(wall[m]), median(cpu[m]), median(allocated[m]), lines[m],
                        Arrays.toString(wall[m])));
            }
            out.append(String.format(Locale.ROOT, "Retort / Hibernate, with processor: %.2f (wall), %.2f (CPU)%n",
                    (double) median(wall[1]) / median(wall[3]), (double) median(cpu[1]) / median(cpu[3])));
            out.append(String.format(Locale.ROOT, "what the processor adds: Retort %d ms, Hibernate %d ms (CPU);"
                    + " Retort %d MB, Hibernate %d MB (allocated)%n",
                    median(cpu[1]) - median(cpu[0]), median(cpu[3]) - median(cpu[2]),
                    median(allocated[1]) - median(allocated[0]), median(allocated[3]) - median(allocated[2])));
            System.out.print(out);
        } finally {
            deleteTree(dir);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static Time compile(Path dir, Mode mode) throws IOException {
        Path out = Files.createTempDirectory(dir, "out");
        Path gen = Files.createDirectories(out.resolve("generated"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-s", gen.toString(),
                "-classpath", System.getProperty("java.class.path"), "--release", "17", "-implicit:none"));
        if (mode.processor() == null) {
            options.add("-proc:none");
        } else {
            options.addAll(List.of("-processor", mode.processor()));
        }
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long bytes = allocatedBytes();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(mode.sources());
            Boolean ok = javac.getTask(null, files, null, options, null, units).call();
            if (!ok) {
                throw new IllegalStateException("compilation failed: " + mode.label());
            }
        }
        cpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        bytes = (allocatedBytes() - bytes) >> 20;
        wall = (System.nanoTime() - wall) / 1_000_000;
        long lines = lines(gen);
        deleteTree(out);
        return new Time(wall, cpu, bytes, lines);
    }

    /** What this thread allocated so far, or 0 where the JVM does not tell. */
    private static long allocatedBytes() {
        return ALLOCATION == null ? 0 : ALLOCATION.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static long lines(Path root) throws IOException {
        long n = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                try (Stream<String> l = Files.lines(p)) {
                    n += l.count();
                }
            }
        }
        return n;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
