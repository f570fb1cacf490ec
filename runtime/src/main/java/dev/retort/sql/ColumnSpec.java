package dev.retort.sql;

import dev.retort.exc.ArgumentException;

/**
 * Reads the column declarations of {@link Column#parse(String)}: a name, a type and the
 * constraints, in the words of SQL's column definitions. Generated metamodels declare their plain
 * columns this way (a string costs the Java compiler far less than a constructor and a chain of
 * calls); it runs once per column, when the table is built.
 */
final class ColumnSpec {
    private final String spec;
    private int pos;

    private ColumnSpec(String spec) {
        this.spec = spec;
    }

    static Column<?> parse(String spec) {
        if (spec == null) {
            throw new ArgumentException("A column declaration is needed, not null");
        }
        return new ColumnSpec(spec).column();
    }

    private Column<?> column() {
        String name = word();
        if (name == null) {
            throw invalid("it names no column");
        }
        Column<?> c = new Column<>(name, type());
        for (String w = word(); w != null; w = word()) {
            switch (w) {
                case "PRIMARY" -> {
                    expect("KEY");
                    c.primaryKey();
                }
                case "NOT" -> {
                    expect("NULL");
                    c.nullable(false);
                }
                case "NULL" -> c.nullable(true);
                case "AUTOINCREMENT" -> c.autoincrement(true);
                case "NO" -> {
                    expect("AUTOINCREMENT");
                    c.autoincrement(false);
                }
                case "UNIQUE" -> c.unique();
                case "INDEX" -> c.index();
                case "REFERENCES" -> {
                    String target = word();
                    if (target == null) {
                        throw invalid("REFERENCES names no column");
                    }
                    ForeignKey fk = new ForeignKey(target);
                    int mark = pos;
                    if ("ON".equals(word())) {
                        expect("DELETE");
                        fk.onDelete(action());
                    } else {
                        pos = mark;
                    }
                    c.foreignKey(fk);
                }
                case "DEFAULT" -> {
                    String sql = spec.substring(pos).trim();
                    if (sql.isEmpty()) {
                        throw invalid("DEFAULT gives no SQL expression");
                    }
                    c.serverDefault(sql);
                    pos = spec.length();
                }
                default -> throw invalid("unknown word '" + w + "'");
            }
        }
        return c;
    }

    private SqlType<?> type() {
        String w = word();
        if (w == null) {
            throw invalid("it names no type");
        }
        int open = w.indexOf('(');
        if (open < 0) {
            return switch (w) {
                case "INTEGER" -> SqlTypes.INTEGER;
                case "BIGINT" -> SqlTypes.BIGINT;
                case "SMALLINT" -> SqlTypes.SMALLINT;
                case "VARCHAR" -> SqlTypes.STRING;
                case "TEXT" -> SqlTypes.TEXT;
                case "BOOLEAN" -> SqlTypes.BOOLEAN;
                case "REAL" -> SqlTypes.REAL;
                case "DOUBLE" -> SqlTypes.DOUBLE;
                case "NUMERIC" -> SqlTypes.NUMERIC;
                case "DATE" -> SqlTypes.DATE;
                case "TIME" -> SqlTypes.TIME;
                case "TIMESTAMP" -> SqlTypes.TIMESTAMP;
                case "TIMESTAMP_TZ" -> SqlTypes.TIMESTAMP_TZ;
                case "INSTANT" -> SqlTypes.INSTANT;
                case "UUID" -> SqlTypes.UUID_TYPE;
                case "BLOB" -> SqlTypes.BLOB;
                default -> throw invalid("unknown type '" + w + "'");
            };
        }
        String kind = w.substring(0, open);
        String[] args = w.substring(open + 1, w.length() - 1).split(",");
        try {
            if (kind.equals("VARCHAR") && args.length == 1) {
                return SqlTypes.string(Integer.parseInt(args[0].trim()));
            }
            if (kind.equals("VARBINARY") && args.length == 1) {
                return SqlTypes.varbinary(Integer.parseInt(args[0].trim()));
            }
            if (kind.equals("NUMERIC") && args.length == 2) {
                return SqlTypes.numeric(Integer.parseInt(args[0].trim()), Integer.parseInt(args[1].trim()));
            }
        } catch (NumberFormatException e) {
            throw invalid("'" + w + "' has a size that is not a number");
        }
        throw invalid("unknown type '" + w + "'");
    }

    private ReferentialAction action() {
        String w = word();
        if (w == null) {
            throw invalid("ON DELETE names no action");
        }
        switch (w) {
            case "CASCADE":
                return ReferentialAction.CASCADE;
            case "RESTRICT":
                return ReferentialAction.RESTRICT;
            case "NO":
                expect("ACTION");
                return ReferentialAction.NO_ACTION;
            case "SET":
                String what = word();
                if ("NULL".equals(what)) {
                    return ReferentialAction.SET_NULL;
                }
                if ("DEFAULT".equals(what)) {
                    return ReferentialAction.SET_DEFAULT;
                }
                throw invalid("unknown action SET " + what);
            default:
                throw invalid("unknown action " + w);
        }
    }

    private void expect(String word) {
        String w = word();
        if (!word.equals(w)) {
            throw invalid("'" + word + "' expected" + (w == null ? " at the end" : ", not '" + w + "'"));
        }
    }

    /** The next word, a type with its parenthesized sizes (spaces inside allowed) as one, or {@code null} at the end. */
    private String word() {
        int n = spec.length();
        while (pos < n && spec.charAt(pos) == ' ') {
            pos++;
        }
        if (pos == n) {
            return null;
        }
        int start = pos;
        while (pos < n && spec.charAt(pos) != ' ') {
            if (spec.charAt(pos) == '(') {
                int close = spec.indexOf(')', pos);
                if (close < 0) {
                    throw invalid("a '(' is not closed");
                }
                pos = close;
            }
            pos++;
        }
        return spec.substring(start, pos);
    }

    private ArgumentException invalid(String why) {
        return new ArgumentException("Invalid column declaration \"" + spec + "\": " + why);
    }
}
