package dev.retort.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the benchmarks with JMH's own command line (any JMH option or regexp works:
 * {@code java -jar benchmarks.jar -h}) and then prints, per scenario, each contender's median
 * time and its ratio to the scenario's {@code jdbc} method, as a Markdown table. By default
 * it also forces a GC between iterations ({@code -gc true}) and writes JMH's JSON results to
 * {@code jmh-result.json} beside the jar ({@code benchmarks/target/}).
 */
public final class BenchmarkMain {
    private static final String BASELINE = "jdbc";

    private BenchmarkMain() {}

    public static void main(String[] args) throws CommandLineOptionException, RunnerException, IOException {
        CommandLineOptions cmd = new CommandLineOptions(args);
        if (cmd.shouldHelp() || cmd.shouldList() || cmd.shouldListWithParams() || cmd.shouldListProfilers()
                || cmd.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cmd);
        if (!cmd.shouldDoGC().hasValue()) {
            options.shouldDoGC(true);
        }
        if (!cmd.getResult().hasValue() && !cmd.getResultFormat().hasValue()) {
            options.result(defaultResultFile()).resultFormat(ResultFormatType.JSON);
        }
        String before = loadAverage();
        Collection<RunResult> results = new Runner(options.build()).run();
        String after = loadAverage();
        PrintStream out = System.out;
        out.println();
        out.printf(Locale.ROOT, "Machine: %d cores, Java %s (%s); load average before %s, after %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), before, after);
        printSummary(results, out);
    }

    /** One Markdown table: scenario, contender, median, min..max, n, ratio of medians to the scenario's jdbc. */
    static void printSummary(Collection<RunResult> results, PrintStream out) {
        Map<String, List<RunResult>> byScenario = new LinkedHashMap<>();
        for (RunResult r : results) {
            byScenario.computeIfAbsent(scenario(r), k -> new ArrayList<>()).add(r);
        }
        out.println();
        out.println("| scenario | contender | median | min .. max | n | ratio to jdbc |");
        out.println("|---|---|---:|---:|---:|---:|");
        for (Map.Entry<String, List<RunResult>> e : byScenario.entrySet()) {
            double baseline = Double.NaN;
            for (RunResult r : e.getValue()) {
                if (contender(r).equals(BASELINE)) {
                    baseline = r.getPrimaryResult().getStatistics().getPercentile(50);
                }
            }
            for (RunResult r : e.getValue()) {
                Statistics s = r.getPrimaryResult().getStatistics();
                double median = s.getPercentile(50);
                String unit = r.getPrimaryResult().getScoreUnit();
                out.printf(Locale.ROOT, "| %s | %s | %.1f %s | %.1f .. %.1f | %d | %s |%n", e.getKey(), contender(r),
                        median, unit, s.getMin(), s.getMax(), s.getN(),
                        Double.isNaN(baseline) ? "-" : String.format(Locale.ROOT, "%.2f", median / baseline));
            }
        }
    }

    private static String scenario(RunResult r) {
        String name = r.getParams().getBenchmark();
        String cls = name.substring(0, name.lastIndexOf('.'));
        return cls.substring(cls.lastIndexOf('.') + 1);
    }

    private static String contender(RunResult r) {
        String name = r.getParams().getBenchmark();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** {@code jmh-result.json} in the directory of the jar (or of the classes directory). */
    private static String defaultResultFile() {
        try {
            Path code = Path.of(BenchmarkMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.getParent().resolve("jmh-result.json").toString();
        } catch (URISyntaxException | RuntimeException e) {
            return "jmh-result.json";
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
