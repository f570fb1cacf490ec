package dev.retort.it.reliability;

import static dev.retort.Retort.column;
import static dev.retort.sql.SqlTypes.INTEGER;
import static dev.retort.sql.SqlTypes.string;

import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.sql.MetaData;
import dev.retort.sql.Table;
import java.util.Map;

/**
 * The writer process of {@link DurabilitySuite}: commits one row per transaction and prints
 * {@code committed <id>} after each commit returns, until it is killed (or has written a bound).
 */
public final class DurabilityWriter {
    private DurabilityWriter() {}

    /** The table the writer fills. */
    static Table table(MetaData md) {
        return md.table("rel_durable", column("id", INTEGER).primaryKey(), column("note", string(40)));
    }

    /**
     * Writes rows.
     *
     * @param args the database URL and the most rows to write
     */
    public static void main(String[] args) {
        MetaData md = new MetaData();
        Table t = table(md);
        int bound = Integer.parseInt(args[1]);
        try (Engine engine = Engine.create(args[0])) {
            md.dropAll(engine);
            md.createAll(engine);
            System.out.println("ready");
            System.out.flush();
            for (int id = 1; id <= bound; id++) {
                try (Connection c = engine.begin()) {
                    c.execute(t.insert(), Map.of("id", id, "note", "row " + id));
                }
                System.out.println("committed " + id);
                System.out.flush();
            }
        }
    }
}
