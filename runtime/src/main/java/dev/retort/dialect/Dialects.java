package dev.retort.dialect;

import dev.retort.dialect.derby.DerbyDialect;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mysql.MariaDbDialect;
import dev.retort.dialect.mysql.MySqlDialect;
import dev.retort.dialect.postgresql.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.exc.UnknownDialectException;
import java.util.List;

/**
 * Finds the dialect for a URL scheme or a JDBC URL. No classpath scanning: the list is fixed.
 *
 * <p>Only the dialect asked for is loaded: each dialect class (with its type compiler, SQL
 * compiler and bindings) is initialized the first time it is named here, so an engine on Derby
 * never loads SQLite's date formatters or MySQL's reserved words. That is part of a cold start.
 */
public final class Dialects {
    private Dialects() {}

    /** The known names, in the order of {@link #all()}. */
    private static final List<String> NAMES = List.of("derby", "h2", "sqlite", "postgresql", "mysql", "mariadb");

    /** The known dialects (this loads every one of them). */
    public static List<Dialect> all() {
        List<Dialect> all = new java.util.ArrayList<>(NAMES.size());
        for (String name : NAMES) {
            all.add(byName(name));
        }
        return java.util.Collections.unmodifiableList(all);
    }

    /**
     * The dialect called {@code name} ({@code postgres} and {@code postgresql} are the same).
     *
     * @throws UnknownDialectException listing the known names
     */
    public static Dialect byName(String name) {
        switch (name) {
            case "derby":
                return cast(DerbyDialect.INSTANCE);
            case "h2":
                return cast(H2Dialect.INSTANCE);
            case "sqlite":
                return cast(SqliteDialect.INSTANCE);
            case "postgres":
            case "postgresql":
                return cast(PostgresDialect.INSTANCE);
            case "mysql":
                return cast(MySqlDialect.INSTANCE);
            case "mariadb":
                return cast(MariaDbDialect.INSTANCE);
            default:
                throw new UnknownDialectException("Unknown dialect '" + name + "'; Retort knows " + names()
                        + ", or pass any jdbc: URL");
        }
    }

    /** The dialect whose driver handles {@code jdbcUrl}, or {@link GenericDialect} for others. */
    public static Dialect forJdbcUrl(String jdbcUrl) {
        // the subprotocol picks the one candidate; that dialect still decides whether it takes the URL
        String rest = jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring("jdbc:".length()) : "";
        int colon = rest.indexOf(':');
        String subprotocol = colon < 0 ? "" : rest.substring(0, colon);
        if (subprotocol.equals("postgres") || !NAMES.contains(subprotocol)) {
            return generic();
        }
        Dialect d = byName(subprotocol);
        return d.acceptsJdbcUrl(jdbcUrl) ? d : generic();
    }

    /** {@link GenericDialect#INSTANCE}, for a database no known dialect speaks. */
    public static Dialect generic() {
        return cast(GenericDialect.INSTANCE);
    }

    /**
     * {@code dialect} as a {@link Dialect}. Returning a dialect's {@code INSTANCE} field as it is
     * would make the bytecode verifier load that dialect's class (to check that it is a
     * {@code Dialect}) as soon as the method is linked: every dialect's class, whichever one is
     * asked for. Passed as an {@code Object} and cast, only the class whose field is read loads.
     */
    private static Dialect cast(Object dialect) {
        return (Dialect) dialect;
    }

    /** The names of the known dialects. */
    public static List<String> names() {
        return NAMES;
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
