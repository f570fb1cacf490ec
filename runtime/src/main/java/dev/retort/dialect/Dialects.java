package dev.retort.dialect;

import dev.retort.dialect.derby.DerbyDialect;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mysql.MariaDbDialect;
import dev.retort.dialect.mysql.MySqlDialect;
import dev.retort.dialect.postgresql.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.exc.UnknownDialectException;
import java.util.List;

/** Finds the dialect for a URL scheme or a JDBC URL. No classpath scanning: the list is fixed. */
public final class Dialects {
    private Dialects() {}

    private static final List<Dialect> KNOWN = List.of(
            DerbyDialect.INSTANCE, H2Dialect.INSTANCE, SqliteDialect.INSTANCE, PostgresDialect.INSTANCE,
            MySqlDialect.INSTANCE, MariaDbDialect.INSTANCE);

    /** The known dialects. */
    public static List<Dialect> all() {
        return KNOWN;
    }

    /**
     * The dialect called {@code name} ({@code postgres} and {@code postgresql} are the same).
     *
     * @throws UnknownDialectException listing the known names
     */
    public static Dialect byName(String name) {
        String n = "postgres".equals(name) ? "postgresql" : name;
        for (Dialect d : KNOWN) {
            if (d.name().equals(n)) {
                return d;
            }
        }
        throw new UnknownDialectException("Unknown dialect '" + name + "'; Retort knows " + names()
                + ", or pass any jdbc: URL");
    }

    /** The dialect whose driver handles {@code jdbcUrl}, or {@link GenericDialect} for others. */
    public static Dialect forJdbcUrl(String jdbcUrl) {
        for (Dialect d : KNOWN) {
            if (d.acceptsJdbcUrl(jdbcUrl)) {
                return d;
            }
        }
        return GenericDialect.INSTANCE;
    }

    /** The names of the known dialects. */
    public static List<String> names() {
        List<String> names = new java.util.ArrayList<>(KNOWN.size());
        for (Dialect d : KNOWN) {
            names.add(d.name());
        }
        return java.util.Collections.unmodifiableList(names);
    }

    /**
     * Percent-encodes a URL query value as UTF-8, a space as {@code %20}. ({@code URLEncoder}'s
     * {@code Charset} overload is Java 10 and not on Android; the charset-name one is.)
     */
    public static String urlEncode(String s) {
        try {
            return java.net.URLEncoder.encode(s, "UTF-8").replace("+", "%20");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError("UTF-8 is always supported", e);
        }
    }
}
