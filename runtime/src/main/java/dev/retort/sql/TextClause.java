package dev.retort.sql;

import dev.retort.exc.BindParameterException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Literal SQL text with {@code :name} bound parameters:
 * {@code text("select id, name from users where id = :id")}. A colon preceded by a backslash, a
 * word character or another colon (PostgreSQL's {@code ::cast}) is not a parameter.
 *
 * <p>Values are given at execution ({@code conn.execute(text(...), Map.of("id", 3))}) or
 * beforehand with {@link #bindParams}; a missing or unknown name raises
 * {@link BindParameterException}. Values are always bound, never spliced into the text.
 */
public final class TextClause implements Executable {
    /** SQLAlchemy's pattern; {@code \w} is Unicode-aware as in Python, so {@code :é} is a name. */
    private static final Pattern BIND =
            Pattern.compile("(?<![:\\w\\\\]):(\\w+)(?!:)", Pattern.UNICODE_CHARACTER_CLASS);

    private final String text;
    private final List<Object> parts;
    private final Map<String, BindParameter<?>> binds;
    private final List<ColumnElement<?>> columns;

    private TextClause(String text, List<Object> parts, Map<String, BindParameter<?>> binds,
            List<ColumnElement<?>> columns) {
        this.text = text;
        this.parts = parts;
        this.binds = binds;
        this.columns = columns;
    }

    /** Parses {@code sql} for {@code :name} parameters. */
    public static TextClause of(String sql) {
        Objects.requireNonNull(sql, "sql");
        List<Object> parts = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        Matcher m = BIND.matcher(sql);
        int last = 0;
        while (m.find()) {
            parts.add(unescape(sql.substring(last, m.start())));
            parts.add(new Name(m.group(1)));
            names.add(m.group(1));
            last = m.end();
        }
        parts.add(unescape(sql.substring(last)));
        Map<String, BindParameter<?>> binds = new LinkedHashMap<>();
        for (String n : names) {
            binds.put(n, BindParameter.required(n, SqlTypes.NULL));
        }
        return new TextClause(sql, List.copyOf(parts), Collections.unmodifiableMap(binds), List.of());
    }

    private static String unescape(String s) {
        return s.replace("\\:", ":");
    }

    /** A parameter's position in the text. */
    public static final class Name {
        private final String name;

        Name(String name) {
            this.name = name;
        }

        /** The parameter's name, without the colon. */
        public String name() {
            return name;
        }

        @Override
        public String toString() {
            return ":" + name;
        }
    }

    /**
     * Gives values to parameters now; values given at execution override them.
     *
     * @throws BindParameterException for a name the text does not have
     */
    public TextClause bindParams(Map<String, ?> values) {
        Map<String, BindParameter<?>> b = new LinkedHashMap<>(binds);
        for (Map.Entry<String, ?> e : values.entrySet()) {
            BindParameter<?> existing = requireName(e.getKey());
            b.put(e.getKey(), withValue(existing, e.getValue()));
        }
        return new TextClause(text, parts, Collections.unmodifiableMap(b), columns);
    }

    /** Gives parameters a SQL type (and possibly a value): {@code bindParams(bindParam("id", INTEGER))}. */
    public TextClause bindParams(BindParameter<?>... typed) {
        Map<String, BindParameter<?>> b = new LinkedHashMap<>(binds);
        for (BindParameter<?> p : typed) {
            requireName(p.key());
            b.put(p.key(), p);
        }
        return new TextClause(text, parts, Collections.unmodifiableMap(b), columns);
    }

    private static <T> BindParameter<T> withValue(BindParameter<T> p, Object value) {
        return BindParameter.named(p.key(), p.type().coerce(value, "parameter '" + p.key() + "'"), p.type());
    }

    private BindParameter<?> requireName(String name) {
        BindParameter<?> p = binds.get(name);
        if (p == null) {
            throw new BindParameterException("'" + name + "' is not a parameter of this text; its parameters are "
                    + binds.keySet());
        }
        return p;
    }

    /**
     * Declares the result columns, so rows can be read by these expressions and values come back
     * with the columns' types: {@code text("select id, name from users").columns(users.c("id"), users.c("name"))}.
     */
    public TextClause columns(ColumnElement<?>... resultColumns) {
        return new TextClause(text, parts, binds, List.of(resultColumns));
    }

    /** The text as written. */
    public String text() {
        return text;
    }

    /** The text cut at parameters: strings and {@link Name}s. */
    public List<Object> parts() {
        return parts;
    }

    /** The parameters by name, in order of first appearance. */
    public Map<String, BindParameter<?>> bindParameters() {
        return binds;
    }

    /** The declared result columns; empty when not declared. */
    public List<ColumnElement<?>> resultColumns() {
        return columns;
    }

    /**
     * Whether result columns were declared ({@code .columns(...)}). Without them it is not known in
     * advance: a single execution asks the driver, and an executemany takes the text for a statement
     * without rows.
     */
    @Override
    public boolean returnsRows() {
        return !columns.isEmpty();
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitText(this);
    }

    /**
     * The SQL as sent, with {@code :name} placeholders and escaped colons unescaped: {@code
     * text("mork = '\\:mindy'")} shows {@code mork = ':mindy'}, as SQLAlchemy's {@code str(text(...))}
     * does. {@link #text()} keeps the text as written.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(text.length());
        for (Object part : parts) {
            b.append(part);
        }
        return b.toString();
    }
}
