package dev.retort.it.support;

import static dev.retort.Retort.text;

import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.sql.MetaData;
import dev.retort.sql.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Empties a schema between tests instead of dropping and creating it: every table's rows deleted
 * (children first) and every key generator restarted at 1, which leaves the tables as
 * {@code createAll} made them. Creating and dropping tables is the slow part of a test on Derby
 * and MariaDB; deleting a few rows is not.
 */
public final class SchemaReset {
    private SchemaReset() {
    }

    /**
     * Deletes all rows of {@code metadata}'s tables and restarts their key generators. Returns
     * normally only when the schema is as fresh as {@code createAll} leaves it; on an error the
     * caller should drop the schema and create it anew.
     */
    public static void clear(Engine engine, MetaData metadata, Database database) {
        List<Table> tables = new ArrayList<>(metadata.sortedTables());
        Collections.reverse(tables); // children before the parents their foreign keys name
        try (Connection conn = engine.connect()) {
            for (Table t : tables) {
                conn.execute(t.delete());
            }
            conn.commit();
            if (database == Database.SQLITE) {
                // AUTOINCREMENT tables remember their largest key ever in sqlite_sequence, made with the first
                if (((Number) conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'"))
                        .scalar()).intValue() > 0) {
                    conn.execute(text("DELETE FROM sqlite_sequence"));
                }
            }
            for (Table t : tables) {
                if (t.autoincrementColumn() != null) {
                    restartKeys(conn, database, t.name(), t.autoincrementColumn().name(), 1);
                }
            }
            conn.commit();
        }
    }

    /**
     * Makes {@code next} the key the table's generator hands out next. Derby, H2 and PostgreSQL
     * do not move their identity counters for explicitly inserted keys, nor back for deleted rows;
     * MariaDB moves past explicit keys but not back; SQLite follows the largest key (and, for an
     * AUTOINCREMENT table, the largest ever: {@link #clear} empties {@code sqlite_sequence}).
     */
    public static void restartKeys(Connection conn, Database database, String table, String column, long next) {
        var preparer = database.dialect().preparer();
        String t = preparer.quote(table); // "left", "order": reserved words
        String c = preparer.quote(column);
        switch (database) {
            case DERBY, H2 -> conn.execute(text("ALTER TABLE " + t + " ALTER COLUMN " + c + " RESTART WITH " + next));
            case POSTGRESQL -> conn.execute(text("SELECT setval(pg_get_serial_sequence('" + t.replace("'", "''")
                    + "', '" + column.replace("'", "''") + "'), " + next + ", false)"));
            case MARIADB -> conn.execute(text("ALTER TABLE " + t + " AUTO_INCREMENT = " + next));
            default -> { } // SQLite: the next key follows the largest one (see above)
        }
    }
}
