package dev.retort.engine;

import java.util.List;

/**
 * Renders parameter values the way SQLAlchemy's echo shows them — tuples
 * {@code ('jack', 'Jack Jones')}, {@code (5,)} and {@code ()}, strings in single quotes — but with
 * Java's {@code null}, {@code true} and {@code false}. Used by echo, exception messages and
 * {@link Row#toString()}.
 */
final class ParamFormat {
    /** Strings longer than this are cut in the middle. */
    static final int MAX_CHARS = 300;
    /** Parameter sets an executemany shows at most. */
    static final int MAX_SETS = 10;

    private ParamFormat() {}

    /** {@code (v1, v2)}, {@code (v1,)} or {@code ()}. */
    static String tuple(Object[] values) {
        StringBuilder b = new StringBuilder(16 + 12 * values.length);
        appendTuple(b, values);
        return b.toString();
    }

    private static void appendTuple(StringBuilder b, Object[] values) {
        b.append('(');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            appendRepr(b, values[i]);
        }
        if (values.length == 1) {
            b.append(',');
        }
        b.append(')');
    }

    /**
     * {@code [(..), (..)]}; beyond {@link #MAX_SETS} sets, the first eight and the last two around
     * {@code ... displaying 10 of N total bound parameter sets ...}, as SQLAlchemy prints it.
     */
    static String many(List<Object[]> sets) {
        StringBuilder b = new StringBuilder(64);
        b.append('[');
        if (sets.size() <= MAX_SETS) {
            for (int i = 0; i < sets.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                appendTuple(b, sets.get(i));
            }
        } else {
            for (int i = 0; i < MAX_SETS - 2; i++) {
                if (i > 0) {
                    b.append(", ");
                }
                appendTuple(b, sets.get(i));
            }
            b.append("  ... displaying ").append(MAX_SETS).append(" of ").append(sets.size())
                    .append(" total bound parameter sets ...  ");
            appendTuple(b, sets.get(sets.size() - 2));
            b.append(", ");
            appendTuple(b, sets.get(sets.size() - 1));
        }
        return b.append(']').toString();
    }

    /** {@code {'name': value, ...}}, for parameters known by name. */
    static String dict(java.util.Map<String, ?> values) {
        StringBuilder b = new StringBuilder(16 + 16 * values.size()).append('{');
        for (java.util.Map.Entry<String, ?> e : values.entrySet()) {
            if (b.length() > 1) {
                b.append(", ");
            }
            appendString(b, e.getKey());
            b.append(": ");
            appendRepr(b, e.getValue());
        }
        return b.append('}').toString();
    }

    /** One value's repr. */
    static String repr(Object v) {
        StringBuilder b = new StringBuilder();
        appendRepr(b, v);
        return b.toString();
    }

    static void appendRepr(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof CharSequence || v instanceof Character) {
            appendString(b, v.toString());
        } else if (v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof byte[]) {
            b.append("<").append(((byte[]) v).length).append(" bytes>");
        } else {
            b.append(v);
        }
    }

    private static void appendString(StringBuilder b, String s) {
        b.append('\'');
        if (s.length() > MAX_CHARS) {
            escape(b, s.substring(0, MAX_CHARS / 2));
            b.append(" ... (").append(s.length() - MAX_CHARS).append(" characters truncated) ... ");
            escape(b, s.substring(s.length() - MAX_CHARS / 2));
        } else {
            escape(b, s);
        }
        b.append('\'');
    }

    private static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\'': b.append("\\'"); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default: b.append(c);
            }
        }
    }
}
