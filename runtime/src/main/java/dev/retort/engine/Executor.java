package dev.retort.engine;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Feature;
import dev.retort.exc.BindParameterException;
import dev.retort.exc.InvalidRequestException;
import dev.retort.sql.Column;
import dev.retort.sql.DdlStatement;
import dev.retort.sql.Executable;
import dev.retort.sql.Insert;
import dev.retort.sql.Select;
import dev.retort.sql.SqlType;
import dev.retort.sql.compile.CompiledCache;
import dev.retort.sql.compile.Compiled;
import dev.retort.sql.compile.CompiledParameter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs one statement on a connection: compile for the dialect, bind the values (checked and
 * converted by their SQL types, then bound by the dialect's JDBC binding for the storage type),
 * echo, execute, and turn the outcome into a {@link Result}. Driver exceptions come out wrapped
 * by the dialect with the SQL and parameters.
 */
final class Executor {
    private Executor() {}

    static Result execute(Connection conn, java.sql.Connection jdbc, Executable statement, Map<String, ?> params) {
        Dialect dialect = conn.dialect();
        CompiledCache cache = conn.engine().compiledCache();
        CompiledCache.Lookup cached = cache == null || statement instanceof DdlStatement ? null
                : cache.compile(statement, params.keySet(), dialect::sqlCompiler);
        if (cached != null && statement instanceof Select) {
            // compiled once per structure, prepared once per connection, as the ORM's own statements
            Compiled compiled = cached.compiled();
            return CompiledExecutor.execute(conn, jdbc, compiled, compiled.bind(params, cached.built()));
        }
        Compiled compiled = cached != null ? cached.compiled() : compile(dialect, statement, params.keySet());
        Object[] values = cached != null ? compiled.bind(params, cached.built()) : compiled.bind(params);
        Object[] stored = CompiledExecutor.stored(compiled, values);
        String sql = compiled.sql();
        conn.log().statement(sql, stored);
        Column<?> keyColumn = generatedKeyColumn(dialect, statement, compiled, values);
        PreparedStatement ps = null;
        try {
            // Keys are asked for by column name, not RETURN_GENERATED_KEYS: both work on Derby (the
            // name as stored, ID; the key comes back as a DECIMAL), H2 and SQLite, and on PostgreSQL
            // the name makes the driver add RETURNING "id" instead of RETURNING *.
            ps = conn.track(keyColumn == null ? jdbc.prepareStatement(sql)
                    : jdbc.prepareStatement(sql, new String[] {dialect.generatedKeyColumnName(keyColumn.name())}));
            CompiledExecutor.bind(ps, CompiledExecutor.bindings(dialect, compiled), stored);
            if (ps.execute()) {
                ResultSet rs = ps.getResultSet();
                Result r = Result.ofRows(conn, sql, stored, ps, rs, RowShape.of(dialect, compiled.resultColumns(), rs));
                conn.remember(r);
                ps = null; // the result closes it
                return r;
            }
            long count = ps.getUpdateCount();
            if (!(statement instanceof Insert) || ((Insert) statement).fromSelect() != null) {
                return Result.ofCount(conn, count, null, "the statement was not an INSERT ... VALUES");
            }
            Object generated = keyColumn == null ? null : readKey(dialect, keyColumn, ps);
            return Result.ofCount(conn, count, primaryKey((Insert) statement, compiled, values, keyColumn, generated),
                    null);
        } catch (SQLException e) {
            throw conn.wrap(e, sql, stored);
        } catch (RuntimeException e) {
            throw conn.wrapUnchecked(e, sql, stored);
        } finally {
            conn.untrack();
            CompiledExecutor.closeQuietly(ps);
        }
    }

    static Result executeMany(Connection conn, java.sql.Connection jdbc, Executable statement,
            List<? extends Map<String, ?>> sets) {
        if (statement.returnsRows()) {
            throw new InvalidRequestException("A statement that returns rows cannot be executed with several "
                    + "parameter sets; execute it once per set");
        }
        Set<String> keys = sets.get(0).keySet();
        for (int i = 1; i < sets.size(); i++) {
            if (!sets.get(i).keySet().equals(keys)) {
                throw new BindParameterException("Parameter set " + (i + 1) + " of " + sets.size() + " has the keys "
                        + sets.get(i).keySet() + " but the first set has " + keys
                        + "; every parameter set of an executemany must have the same keys");
            }
        }
        Compiled compiled = compile(conn.dialect(), statement, keys);
        List<Object[]> values = new ArrayList<>(sets.size());
        for (Map<String, ?> set : sets) {
            values.add(compiled.bind(set));
        }
        // the ORM's executemany: batches of 1,000, and multi-row INSERTs where the dialect has them
        long total = 0;
        for (int n : CompiledExecutor.executeBatch(conn, jdbc, compiled, values, null, null)) {
            if (n < 0) {
                total = -1; // Statement.SUCCESS_NO_INFO: the driver did not count
                break;
            }
            total += n;
        }
        return Result.ofCount(conn, total, null, "it was an executemany of " + sets.size() + " parameter sets");
    }

    private static Compiled compile(Dialect dialect, Executable statement, Collection<String> keys) {
        if (statement instanceof DdlStatement) {
            return dialect.ddlCompiler().compile(statement);
        }
        return dialect.sqlCompiler().compile(statement, keys);
    }

    /**
     * The autoincrement column whose generated value to ask the driver for: for a single-row
     * INSERT ... VALUES without RETURNING into a table with one, on a database with
     * {@link Feature#GENERATED_KEYS}, unless the statement gives the column a value.
     */
    private static Column<?> generatedKeyColumn(Dialect dialect, Executable statement, Compiled compiled,
            Object[] values) {
        if (!(statement instanceof Insert) || !dialect.supports(Feature.GENERATED_KEYS)) {
            return null;
        }
        Insert insert = (Insert) statement;
        Column<?> column = insert.fromSelect() == null && insert.returningColumns().isEmpty()
                ? insert.table().autoincrementColumn() : null;
        if (column == null) {
            return null;
        }
        int i = parameterIndex(compiled, column.name());
        return i >= 0 && values[i] != null ? null : column;
    }

    private static Object readKey(Dialect dialect, Column<?> column, Statement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (keys == null || !keys.next()) {
                return null;
            }
            Object stored = dialect.binding(column.type()).read(keys, 1);
            return stored == null ? null : column.type().fromDatabase(stored);
        }
    }

    /** The primary key of the inserted row: generated for {@code keyColumn}, else as bound. */
    private static List<Object> primaryKey(Insert insert, Compiled compiled, Object[] values, Column<?> keyColumn,
            Object generated) {
        List<Column<?>> columns = insert.table().primaryKey().columns();
        List<Object> key = new ArrayList<>(columns.size());
        for (Column<?> c : columns) {
            if (c == keyColumn) {
                key.add(generated);
            } else {
                int i = parameterIndex(compiled, c.name());
                key.add(i >= 0 ? values[i] : null);
            }
        }
        return Collections.unmodifiableList(key);
    }

    /** INSERT parameters are named after their columns. */
    private static int parameterIndex(Compiled compiled, String name) {
        List<CompiledParameter> parameters = compiled.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

}
