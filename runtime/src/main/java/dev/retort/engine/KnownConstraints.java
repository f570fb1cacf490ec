package dev.retort.engine;

import dev.retort.dialect.Dialect;
import dev.retort.sql.Index;
import dev.retort.sql.Table;
import dev.retort.sql.compile.DdlCompiler;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The constraints and unique indexes of the tables an engine created (or was asked to create and
 * found existing), by name, with what each covers. When a driver's integrity error names one —
 * Derby's {@code 'UQ_USERS_NAME' defined on 'USERS'}, H2's {@code PUBLIC.UQ_USERS_NAME_INDEX_4},
 * PostgreSQL's {@code "uq_users_name"} — the exception says which table and columns it covers.
 * Filled at CREATE time, read only when an error is wrapped: nothing on the hot path.
 */
final class KnownConstraints {
    /** Upper-case name → {name as created, what it covers}. */
    private final Map<String, String[]> byName = new ConcurrentHashMap<>();

    /** Remembers {@code table}'s constraints as {@code dialect} names them. */
    void remember(Dialect dialect, Table table) {
        DdlCompiler ddl = dialect.ddlCompiler();
        for (DdlCompiler.TableConstraint c : ddl.constraints(table)) {
            put(c.name(), c.description());
        }
        for (Index i : table.indexes()) {
            if (i.isUnique()) {
                String name = dialect.preparer().truncate(i.name());
                put(name, "UNIQUE INDEX (" + String.join(", ", i.columnNames()) + ") on table " + table.fullName());
            }
        }
    }

    private void put(String name, String covers) {
        byName.put(name.toUpperCase(Locale.ROOT), new String[] {name, covers});
    }

    /**
     * The known constraint {@code message} names — the longest name that occurs in it as a whole
     * word (or followed by H2's {@code _INDEX_} suffix) — as {name, covers}, or {@code null}.
     */
    String[] find(String message) {
        if (message == null || byName.isEmpty()) {
            return null;
        }
        String upper = message.toUpperCase(Locale.ROOT);
        String best = null;
        for (String name : byName.keySet()) {
            if ((best == null || name.length() > best.length()) && occursAsWord(upper, name)) {
                best = name;
            }
        }
        return best == null ? null : byName.get(best);
    }

    private static boolean occursAsWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            boolean startOk = i == 0 || !isNameChar(text.charAt(i - 1));
            boolean endOk = end == text.length() || !isNameChar(text.charAt(end)) || text.startsWith("_INDEX_", end);
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
