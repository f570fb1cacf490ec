package dev.retort.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * Turns JMH's results (and the cold starts) into Markdown: the ratio table (one row per workload
 * and variant, one column per library, each cell the library's median over the JDBC median of the
 * same workload), then every benchmark's median, spread and allocation.
 */
final class Report {
    /** The columns of the ratio table, Retort's first; JDBC, the baseline, last, as times. */
    static final List<String> COLUMNS = List.of(Peers.RETORT, Peers.HIBERNATE, Peers.JOOQ, Peers.MYBATIS, Peers.JDBI);
    private static final Map<String, String> TITLES = Map.of(Peers.JDBC, "JDBC", Peers.RETORT, "Retort", Peers.HIBERNATE,
            "Hibernate", Peers.JOOQ, "jOOQ", Peers.MYBATIS, "MyBatis", Peers.JDBI, "Jdbi");
    /** Workload classes in the order of the issue, with their row titles. */
    private static final Map<String, String> WORKLOADS = new LinkedHashMap<>();
    /** Variants (the part of a method's name after the underscore) with what they change. */
    private static final Map<String, String> VARIANTS = Map.of(
            "bulkInsert", "mapped objects (`bulkInsert(objects)`)",
            "sequence", "pooled sequence keys (allocation size 50)",
            "stateless", "Hibernate's stateless session",
            "selectin", "`selectinLoad`",
            "lazy", "default lazy collections (1 + 1,000 queries)");
    private static final List<String> VARIANT_ORDER = List.of("", "bulkInsert", "sequence", "stateless", "selectin", "lazy");
    /** The benchmark whose allocation per operation gives the allocation per loaded row. */
    static final String ALLOCATION_WORKLOAD = "W3Load100k";
    static final int ALLOCATION_ROWS = W3Load100k.N;

    static {
        WORKLOADS.put("W1BulkInsert", "W1 bulk insert %2$s (`bulkInsertMappings`)");
        WORKLOADS.put("W2UnitOfWorkInsert", "W2 unit-of-work insert %2$s (`addAll` + `commit`, identity keys)");
        WORKLOADS.put("W3Load100k", "W3 load 100,000 rows as objects (`query(C).all()`)");
        WORKLOADS.put("W4Lookups10k", "W4 10,000 key lookups, fresh session every 1,000 (`get`)");
        WORKLOADS.put("W5ChunkedFlush10k", "W5 chunked load, modify, flush of 10,000 rows");
        WORKLOADS.put("W6Graph", "W6 1,000 users × 10 addresses, joined eager (`joinedLoad`)");
        WORKLOADS.put("Select", "Select%1$s: %2$s rows by key range, as objects");
    }

    private Report() {}

    /** One benchmark's outcome. */
    record Cell(String workload, String params, String contender, String variant, Statistics stats, String unit,
            double allocPerOp) {
        double median() {
            return stats.getPercentile(50);
        }
    }

    static List<Cell> cells(Collection<RunResult> results) {
        List<Cell> cells = new ArrayList<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            String method = name.substring(name.lastIndexOf('.') + 1);
            String cls = name.substring(0, name.lastIndexOf('.'));
            cls = cls.substring(cls.lastIndexOf('.') + 1);
            StringBuilder params = new StringBuilder();
            for (String key : r.getParams().getParamsKeys()) {
                params.append(params.length() == 0 ? "" : ",").append(r.getParams().getParam(key));
            }
            String contender = Peers.contender(method);
            String variant = method.length() > contender.length() ? method.substring(contender.length() + 1) : "";
            Result alloc = r.getSecondaryResults().get("·gc.alloc.rate.norm");
            if (alloc == null) {
                alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            }
            cells.add(new Cell(cls, params.toString(), contender, variant, r.getPrimaryResult().getStatistics(),
                    r.getPrimaryResult().getScoreUnit(), alloc == null ? Double.NaN : alloc.getScore()));
        }
        return cells;
    }

    /** The ratio table, then the cold starts and allocation rows, then the details. */
    static String markdown(List<Cell> cells, Map<String, List<Double>> coldStarts) {
        StringBuilder out = new StringBuilder();
        out.append("| workload | ");
        for (String c : COLUMNS) {
            out.append(TITLES.get(c)).append(" | ");
        }
        out.append("JDBC (median) |\n|---|");
        out.append("---:|".repeat(COLUMNS.size() + 1)).append('\n');
        // rows: workload, params, variant -> contender -> cell
        Map<String, Map<String, Cell>> rows = new LinkedHashMap<>();
        Map<String, Cell> baselines = new TreeMap<>();
        cells = new ArrayList<>(cells);
        cells.sort(Comparator.comparingLong((Cell c) -> c.params.matches("\\d+") ? Long.parseLong(c.params) : 0)
                .thenComparingInt(c -> VARIANT_ORDER.indexOf(c.variant)));
        for (String workload : WORKLOADS.keySet()) {
            for (Cell cell : cells) {
                if (!cell.workload.equals(workload)) {
                    continue;
                }
                if (cell.contender.equals(Peers.JDBC)) {
                    baselines.put(workload + "|" + cell.params, cell);
                }
                rows.computeIfAbsent(workload + "|" + cell.params + "|" + cell.variant, k -> new LinkedHashMap<>())
                        .put(cell.contender, cell);
            }
        }
        for (Map.Entry<String, Map<String, Cell>> row : rows.entrySet()) {
            String[] key = row.getKey().split("\\|", -1);
            Cell baseline = baselines.get(key[0] + "|" + key[1]);
            String title = String.format(Locale.ROOT, WORKLOADS.get(key[0]), key[1], number(key[1]));
            if (!key[2].isEmpty()) {
                // a variant's row: the workload and its size, then what the variant changes
                int paren = title.lastIndexOf(" (");
                title = key[0].equals("W6Graph") ? "W6 the same with " + VARIANTS.getOrDefault(key[2], key[2])
                        : (paren < 0 ? title : title.substring(0, paren)) + ", " + VARIANTS.getOrDefault(key[2], key[2]);
            }
            out.append("| ").append(title).append(" | ");
            for (String c : COLUMNS) {
                Cell cell = row.getValue().get(c);
                out.append(cell == null ? "–" : baseline == null ? time(cell) : String.format(Locale.ROOT, "%.2f",
                        cell.median() / baseline.median())).append(" | ");
            }
            out.append(baseline == null ? "–" : time(baseline)).append(" |\n");
        }
        if (coldStarts != null && !coldStarts.isEmpty()) {
            int runs = coldStarts.values().stream().mapToInt(List::size).max().orElse(0);
            out.append("| cold start: build + first key lookup, fresh JVM (ms, median of ").append(runs).append(") | ");
            for (String c : COLUMNS) {
                out.append(coldStarts.containsKey(c) ? String.format(Locale.ROOT, "%.0f", median(coldStarts.get(c))) : "–")
                        .append(" | ");
            }
            out.append(coldStarts.containsKey(Peers.JDBC) ? String.format(Locale.ROOT, "%.0f ms", median(coldStarts.get(Peers.JDBC)))
                    : "–").append(" |\n");
        }
        Map<String, Cell> loads = new LinkedHashMap<>();
        for (Cell cell : cells) {
            if (cell.workload.equals(ALLOCATION_WORKLOAD) && cell.variant.isEmpty() && !Double.isNaN(cell.allocPerOp)) {
                loads.put(cell.contender, cell);
            }
        }
        if (!loads.isEmpty()) {
            out.append("| allocation per loaded row, W3 (bytes, `-prof gc`) | ");
            for (String c : COLUMNS) {
                out.append(loads.containsKey(c) ? String.format(Locale.ROOT, "%.0f", loads.get(c).allocPerOp / ALLOCATION_ROWS) : "–")
                        .append(" | ");
            }
            out.append(loads.containsKey(Peers.JDBC)
                    ? String.format(Locale.ROOT, "%.0f B", loads.get(Peers.JDBC).allocPerOp / ALLOCATION_ROWS) : "–").append(" |\n");
        }
        out.append("\n| benchmark | median | min .. max | n | ratio to jdbc | allocated per op |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        for (String workload : WORKLOADS.keySet()) {
            for (Cell cell : cells) {
                if (!cell.workload.equals(workload)) {
                    continue;
                }
                Cell baseline = baselines.get(workload + "|" + cell.params);
                out.append(String.format(Locale.ROOT, "| %s%s.%s | %s | %s .. %s | %d | %s | %s |%n", workload,
                        cell.params.isEmpty() ? "" : "(" + cell.params + ")",
                        cell.contender + (cell.variant.isEmpty() ? "" : "_" + cell.variant), time(cell),
                        decimal(cell.stats.getMin()), decimal(cell.stats.getMax()), cell.stats.getN(),
                        baseline == null ? "–" : String.format(Locale.ROOT, "%.2f", cell.median() / baseline.median()),
                        bytes(cell.allocPerOp)));
            }
        }
        return out.toString();
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String time(Cell cell) {
        return decimal(cell.median()) + " " + cell.unit.replace("/op", "");
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }

    private static String number(String digits) {
        if (digits.isEmpty()) {
            return "";
        }
        try {
            return String.format(Locale.ROOT, "%,d", Long.parseLong(digits));
        } catch (NumberFormatException e) {
            return digits;
        }
    }

    private static String bytes(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", value / (1 << 20))
                : String.format(Locale.ROOT, "%.1f KB", value / 1024);
    }
}
