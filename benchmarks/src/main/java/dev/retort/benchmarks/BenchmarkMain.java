package dev.retort.benchmarks;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The one command: runs every workload for every contender (JMH, one fresh JVM per benchmark
 * method), then the cold starts (fresh JVMs of their own), and prints the ratio table as
 * Markdown, also written to {@code results.md} beside the jar ({@code benchmarks/target/}).
 *
 * <p>Options of its own, before any of JMH's (all of which work: a regexp selects benchmarks,
 * {@code -f}, {@code -wi}, {@code -i}, {@code -p}, {@code -prof}...; {@code -h} lists them):
 * <ul>
 *   <li>{@code --quick}: a few minutes instead of about 15-20: 3 warm-up and 3 measured
 *       iterations (1 s each for the timed modes), the 10,000-row inserts only, 3 cold starts per
 *       library;</li>
 *   <li>{@code --cold-starts=N}: fresh JVMs per library for the cold start (default 7; 0 skips it);</li>
 *   <li>{@code --no-gc}: no allocation profiler ({@code -prof gc} is on by default).</li>
 * </ul>
 * The database is embedded in-memory Derby unless {@code RETORT_BENCH_URL} names a PostgreSQL
 * server (see {@link Database}).
 */
public final class BenchmarkMain {
    private static final int QUICK_ITERATIONS = 3;

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        boolean gc = true;
        Integer coldStarts = null;
        List<String> jmhArgs = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.equals("--no-gc")) {
                gc = false;
            } else if (arg.startsWith("--cold-starts=")) {
                coldStarts = Integer.parseInt(arg.substring("--cold-starts=".length()));
            } else {
                jmhArgs.add(arg);
            }
        }
        CommandLineOptions cmd = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        if (cmd.shouldHelp() || cmd.shouldList() || cmd.shouldListWithParams() || cmd.shouldListProfilers()
                || cmd.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(jmhArgs.toArray(String[]::new));
            return;
        }
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cmd);
        if (cmd.getIncludes().isEmpty()) {
            options.include(BenchmarkMain.class.getPackageName() + ".(W[1-6]|Select)");
        }
        // the forks' heap and logging, followed by any -jvmArgsAppend of the command line (a recording, say)
        List<String> jvmArgs = new ArrayList<>(List.of("-Xms2g", "-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"));
        if (cmd.getJvmArgsAppend().hasValue()) {
            jvmArgs.addAll(cmd.getJvmArgsAppend().get());
        }
        options.jvmArgsAppend(jvmArgs.toArray(String[]::new));
        if (!cmd.shouldDoGC().hasValue()) {
            options.shouldDoGC(true);
        }
        if (gc && cmd.getProfilers().isEmpty()) {
            options.addProfiler(GCProfiler.class);
        }
        if (quick) {
            if (!cmd.getWarmupIterations().hasValue()) {
                options.warmupIterations(QUICK_ITERATIONS).warmupTime(TimeValue.seconds(1));
            }
            if (!cmd.getMeasurementIterations().hasValue()) {
                options.measurementIterations(QUICK_ITERATIONS).measurementTime(TimeValue.seconds(1));
            }
            if (!cmd.getParameter("inserts").hasValue()) {
                options.param("inserts", "10000");
            }
        }
        Path dir = outputDirectory();
        if (!cmd.getResult().hasValue() && !cmd.getResultFormat().hasValue()) {
            options.result(dir.resolve("jmh-result.json").toString()).resultFormat(ResultFormatType.JSON);
        }
        Database db = Database.fromEnvironment();
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String before = loadAverage();
        long start = System.nanoTime();
        Collection<RunResult> results = cmd.getIncludes().isEmpty() || selectsWorkloads(cmd.getIncludes())
                ? new Runner(options.build()).run() : List.of();
        int runs = coldStarts != null ? coldStarts : quick ? 3 : 7;
        Map<String, List<Double>> cold = runs > 0 && (cmd.getIncludes().isEmpty() || cmd.getIncludes().stream()
                .anyMatch(i -> Pattern.compile(i).matcher("ColdStart").find()))
                ? ColdStart.measure(ColdStart.CONTENDERS, runs) : Map.of();
        long minutes = Math.round((System.nanoTime() - start) / 60e9);
        String report = String.format(Locale.ROOT,
                "Retort peer benchmarks, %s mode, on %s. Started %s, %d min. Machine: %d cores, Java %s (%s); "
                        + "load average before %s, after %s.%n%n",
                quick ? "quick" : cmd.getWarmupIterations().hasValue() || cmd.getMeasurementIterations().hasValue()
                        || cmd.getForkCount().hasValue() ? "custom" : "full", db.describe(), started, minutes, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), before, loadAverage())
                + "Cells: the library's median time over the JDBC median of the same workload (lower is better; "
                + "1.00 is hand-written JDBC).\n\n"
                + Report.markdown(Report.cells(results), cold);
        System.out.println();
        System.out.println(report);
        Path file = dir.resolve("results.md");
        Files.writeString(file, report);
        System.out.println("Written to " + file);
    }

    /** Whether a regexp of the command line is meant for a workload ({@code ColdStart} selects the cold starts only). */
    private static boolean selectsWorkloads(List<String> includes) {
        return includes.stream().anyMatch(include -> !Pattern.compile(include).matcher("ColdStart").find());
    }

    /** The directory of the jar (or of the classes directory): {@code benchmarks/target/}. */
    private static Path outputDirectory() {
        try {
            return Path.of(BenchmarkMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of(".");
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
