package dev.retort.it.support;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line per test class that skipped tests, with how many and why, when the run ends:
 * {@code SKIPPED PostgresCoreTest: 21 tests — PostgreSQL suite skipped: set RETORT_POSTGRES_URL=...}.
 * Surefire's own summary counts skipped tests without saying why. Registered through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}; writes to the
 * forked JVM's native standard error, which Surefire shows on the console even when test output
 * is redirected to files. (The runtime's tests have the same listener; test code is not shared
 * between modules.)
 */
public final class SkippedSuitesReport implements TestExecutionListener {
    /** Class name → {count, first reason}. */
    private final Map<String, Object[]> skipped = new LinkedHashMap<>();
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        record(id, reason, id.isContainer() ? Math.max(1, countTests(id)) : 1);
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            String reason = result.getThrowable().map(Throwable::getMessage).orElse("aborted");
            record(id, reason.replaceFirst("^Assumption failed: ", ""), id.isContainer() ? Math.max(1, countTests(id)) : 1);
        }
    }

    private int countTests(TestIdentifier id) {
        if (plan == null) {
            return 0;
        }
        int n = 0;
        for (TestIdentifier d : plan.getDescendants(id)) {
            if (d.isTest()) {
                n++;
            }
        }
        return n;
    }

    private void record(TestIdentifier id, String reason, int count) {
        String cls = className(id).orElse(id.getDisplayName());
        Object[] entry = skipped.computeIfAbsent(cls, k -> new Object[] {0, reason});
        entry[0] = (Integer) entry[0] + count;
    }

    private Optional<String> className(TestIdentifier id) {
        return id.getSource().map(s -> s instanceof MethodSource ? ((MethodSource) s).getClassName()
                : s instanceof ClassSource ? ((ClassSource) s).getClassName() : null);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (skipped.isEmpty()) {
            return;
        }
        // one write of whole lines, so Surefire's console does not splice its own output into a line
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<String, Object[]> e : skipped.entrySet()) {
            String simple = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
            int n = (Integer) e.getValue()[0];
            lines.append("SKIPPED ").append(simple).append(": ").append(n).append(n == 1 ? " test" : " tests")
                    .append(" — ").append(e.getValue()[1]).append(System.lineSeparator());
        }
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), false, StandardCharsets.UTF_8);
        err.print(lines);
        err.flush();
        // Surefire may run each class as a test plan of its own in a reused fork: report each once
        skipped.clear();
    }
}
