package dev.retort.engine;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Feature;
import dev.retort.sql.Column;
import dev.retort.sql.CreateIndex;
import dev.retort.sql.CreateSequence;
import dev.retort.sql.CreateTable;
import dev.retort.sql.DdlStatement;
import dev.retort.sql.DropSequence;
import dev.retort.sql.DropTable;
import dev.retort.sql.Expressions;
import dev.retort.sql.Index;
import dev.retort.sql.Sequence;
import dev.retort.sql.Table;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CREATE and DROP of tables for {@code MetaData.createAll}, {@code Table.create} and their drops,
 * with the sequences of their columns (created before the table, dropped after it; only where the
 * dialect has {@link Feature#SEQUENCES}, as SQLAlchemy does).
 */
final class SchemaOps {
    private SchemaOps() {}

    /**
     * CREATE TABLE and its CREATE INDEXes for each table in order, skipping existing tables when
     * {@code checkFirst}; with {@code commitEach}, commits after every statement.
     */
    static void create(Connection conn, List<Table> tables, boolean checkFirst, boolean commitEach) {
        for (Table t : tables) {
            conn.engine().constraints().remember(conn.dialect(), t);
            for (Sequence q : sequences(conn, t)) {
                if (!checkFirst || !exists(conn, q)) {
                    run(conn, new CreateSequence(q), commitEach);
                }
            }
            if (checkFirst && exists(conn, t)) {
                continue;
            }
            run(conn, new CreateTable(t), commitEach);
            for (Index i : t.indexes()) {
                run(conn, new CreateIndex(i), commitEach);
            }
        }
    }

    /** DROP TABLE for each table in order, skipping missing ones when {@code checkFirst}. */
    static void drop(Connection conn, List<Table> tables, boolean checkFirst, boolean commitEach) {
        for (Table t : tables) {
            if (!checkFirst || exists(conn, t)) {
                run(conn, new DropTable(t), commitEach);
            }
            for (Sequence q : sequences(conn, t)) {
                if (!checkFirst || exists(conn, q)) {
                    run(conn, new DropSequence(q), commitEach);
                }
            }
        }
    }

    /** The sequences of the table's columns, when the dialect has sequences. */
    private static List<Sequence> sequences(Connection conn, Table t) {
        if (!conn.dialect().supports(Feature.SEQUENCES)) {
            return List.of();
        }
        List<Sequence> out = new java.util.ArrayList<>(1);
        for (Column<?> c : t.columns()) {
            if (c.sequence() != null && !out.contains(c.sequence())) {
                out.add(c.sequence());
            }
        }
        return out;
    }

    /** Whether the current schema has the sequence, asked of the dialect's catalog query. */
    static boolean exists(Connection conn, Sequence q) {
        String name = conn.dialect().denormalizeName(q.name());
        return conn.execute(Expressions.text(conn.dialect().sequenceExistsSql()), Map.of("name", name)).first() != null;
    }

    private static void run(Connection conn, DdlStatement ddl, boolean commit) {
        conn.execute(ddl);
        if (commit) {
            conn.commit();
        }
    }

    /**
     * Whether the table exists, asked of {@code DatabaseMetaData.getTables} with the name as the
     * database stores it, in the table's schema or else the connection's current schema. Views
     * count (a CREATE TABLE of the name would fail too); indexes and sequences do not.
     */
    static boolean exists(Connection conn, Table table) {
        Dialect d = conn.dialect();
        return conn.withJdbcConnection(c -> {
            DatabaseMetaData md = c.getMetaData();
            String name = d.denormalizeName(table.name());
            String schema = table.schema() != null ? d.denormalizeName(table.schema()) : currentSchema(d, c);
            String esc = md.getSearchStringEscape();
            try (ResultSet rs = md.getTables(null, schema == null ? null : escape(schema, esc), escape(name, esc), null)) {
                while (rs.next()) {
                    String type = rs.getString("TABLE_TYPE");
                    if (name.equals(rs.getString("TABLE_NAME"))
                            && (schema == null || schema.equals(rs.getString("TABLE_SCHEM")))
                            && type != null && isRelation(type.toUpperCase(Locale.ROOT))) {
                        return true;
                    }
                }
                return false;
            }
        });
    }

    private static boolean isRelation(String type) {
        return (type.contains("TABLE") || type.contains("VIEW") || type.contains("TEMPORARY")) && !type.contains("INDEX");
    }

    private static String currentSchema(Dialect d, java.sql.Connection c) {
        try {
            return d.currentSchema(c);
        } catch (SQLException e) {
            return null;
        }
    }

    /** Escapes the LIKE wildcards of a catalog search pattern, when the driver has an escape. */
    private static String escape(String s, String esc) {
        if (esc == null || esc.isEmpty()) {
            return s; // exact names are compared above anyway
        }
        return s.replace(esc, esc + esc).replace("_", esc + "_").replace("%", esc + "%");
    }
}
