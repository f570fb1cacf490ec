package dev.retort.it.reliability;

import static dev.retort.Retort.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.sql.MetaData;
import dev.retort.sql.Table;
import java.io.BufferedReader;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Committed transactions survive SIGKILL of the process that wrote them: a child JVM commits rows
 * one per transaction and reports each commit; it is killed mid-stream ({@code destroyForcibly},
 * SIGKILL on Unix); every row it reported is then read back. Bounded: the writer stops after
 * {@link #BOUND} rows and the test kills it after {@link #KILL_AFTER} reported commits.
 */
public abstract class DurabilitySuite {
    static final int BOUND = 100_000;
    static final int KILL_AFTER = 200;

    @TempDir
    Path dir;

    /** The URL of a database that outlives its process. */
    protected abstract String url(Path dir);

    @Test
    void committedRowsSurviveSigkillOfTheWriter() throws Exception {
        String url = url(dir);
        MetaData md = new MetaData();
        Table t = DurabilityWriter.table(md);
        // the writer drops and creates the table itself: an embedded database may be open in one
        // process only, so this one does not touch it before the writer is dead
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DurabilityWriter.class.getName(), url, String.valueOf(BOUND));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process writer = pb.start();
        int acknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            String line;
            while (acknowledged < KILL_AFTER && System.nanoTime() < deadline && (line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    acknowledged = Integer.parseInt(line.substring(10));
                }
            }
            writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no orderly close
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "the writer did not die");
        } finally {
            writer.destroyForcibly();
        }
        assertTrue(acknowledged >= KILL_AFTER, "the writer reported only " + acknowledged + " commits");
        try (Engine engine = Engine.create(url); Connection c = engine.connect()) {
            List<Object> ids = c.execute(select(t.c("id"))).scalars();
            Set<Object> present = new HashSet<>(ids);
            for (int id = 1; id <= acknowledged; id++) {
                assertTrue(present.contains(id), "committed row " + id + " was lost");
            }
            assertEquals(ids.size(), present.size());
            System.out.printf("[durability] %s: writer killed after %d reported commits; %d rows found, 0 lost%n",
                    engine.dialect().name(), acknowledged, ids.size());
            md.dropAll(c);
            c.commit();
        }
    }
}
