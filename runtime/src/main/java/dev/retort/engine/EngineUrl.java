package dev.retort.engine;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.exc.InvalidUrlException;
import dev.retort.exc.UnknownDialectException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed database URL, SQLAlchemy style:
 *
 * <pre>
 * dialect[+driver]://[user[:password]@][host[:port]]/database[?option=value&amp;...]
 *
 * derby:///:memory:                 a private in-memory Derby database (one per engine)
 * derby:///example                  the Derby database in directory ./example (created if missing)
 * derby:////var/db/example          the same, by absolute path
 * h2:///:memory:  sqlite:///:memory:  sqlite:///file.db
 * postgresql://scott:tiger@localhost/test
 * postgresql://u:p@host:5432/db?sslmode=disable
 * mysql://scott:tiger@localhost/test         MySQL, through MariaDB Connector/J
 * mariadb://scott:tiger@localhost:3306/test?encoding=utf8mb4
 * jdbc:derby:memory:x;create=true   any JDBC URL, passed to the driver as it is
 * </pre>
 *
 * <p>User and password are percent-decoded ({@code p%40ss} is {@code p@ss}); so are query keys and
 * values. They are handed to the driver as connection properties, never written into the JDBC
 * URL. The optional {@code +driver} part may only name the dialect's own JDBC driver
 * ({@code jdbc}, the dialect's name, or {@code pgjdbc}/{@code xerial}/{@code embedded} for
 * PostgreSQL/SQLite/Derby, {@code mariadbconnector} for MySQL and MariaDB): Retort reaches every
 * database through JDBC.
 *
 * <p>{@link #toString()} shows the URL with the password replaced by {@code ***}, also inside
 * {@code password=} options of JDBC URLs; {@link #mask(String)} does the same for any string.
 * Immutable.
 */
public final class EngineUrl {
    /** The form every error message shows. */
    static final String EXPECTED = "expected dialect[+driver]://[user[:password]@][host[:port]]/database "
            + "(e.g. derby:///:memory:, sqlite:///file.db, postgresql://scott:tiger@localhost/test) or a jdbc: URL";

    /** The database name of a private in-memory database. */
    public static final String MEMORY = ":memory:";

    private static final Map<String, Set<String>> DRIVER_ALIASES = Map.of(
            "derby", Set.of("embedded"), "postgresql", Set.of("pgjdbc"), "sqlite", Set.of("xerial"),
            "mysql", Set.of("mariadb", "mariadbconnector"), "mariadb", Set.of("mariadbconnector"));

    /**
     * The expressions that find passwords, compiled when a URL first needs them: most URLs hold no
     * {@code password=} option, no Oracle credentials and no {@code '@'}, and a cold start should
     * not pay for compiling (and running, interpreted) three regular expressions that cannot match.
     */
    private static final class Masks {
        static final Pattern JDBC_PASSWORD = Pattern.compile("(?i)([?&;][a-z_.]*password|[?&;]pwd)=[^&;]*");
        /** What comes before the user info: {@code dialect://}, and also {@code dialect:/}, {@code dialect//}. */
        static final Pattern SCHEME_PREFIX = Pattern.compile("(?:(?i:jdbc):)?[A-Za-z][A-Za-z0-9+.\\-]*(?::/+|//+)");
        static final Pattern ORACLE_PASSWORD = Pattern.compile("(?i)(jdbc:oracle:[a-z]+:[^/@:]+)/.*@");
    }

    private final String masked;
    private final Dialect dialect;
    private final String driver;
    private final String username;
    private final String password;
    private final String host;
    private final Integer port;
    private final String database;
    private final Map<String, String> query;
    private final String jdbcUrl;

    private EngineUrl(String masked, Dialect dialect, String driver, String username, String password, String host,
            Integer port, String database, Map<String, String> query, String jdbcUrl) {
        this.masked = masked;
        this.dialect = dialect;
        this.driver = driver;
        this.username = username;
        this.password = password;
        this.host = host;
        this.port = port;
        this.database = database;
        this.query = query;
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * Parses a database URL.
     *
     * @throws InvalidUrlException when the URL does not have the expected form; the message names
     *     the URL with its password masked and shows the expected form
     * @throws UnknownDialectException when the URL names a dialect Retort does not know
     */
    public static EngineUrl parse(String url) {
        if (url == null || strip(url).isEmpty()) {
            throw new InvalidUrlException("The database URL is empty; " + EXPECTED);
        }
        String u = strip(url);
        // Masked first, from the raw text: every message below shows only this string, so no
        // path through the parser - valid URL or not - can print the password.
        String masked = mask(u);
        if (u.regionMatches(true, 0, "jdbc:", 0, 5)) {
            if (u.length() == 5) {
                throw new InvalidUrlException("The database URL 'jdbc:' names no driver; " + EXPECTED);
            }
            return new EngineUrl(masked, Dialects.forJdbcUrl(u), null, null, null, null, null, null, Map.of(), u);
        }
        int sep = u.indexOf("://");
        if (sep <= 0) {
            throw invalid(masked, "it has no dialect:// prefix");
        }
        String scheme = u.substring(0, sep);
        String rest = u.substring(sep + 3);

        // User info ends at the last '@' before the first '/' or '?' that follows an '@', so an
        // unescaped '@' in the user name stays in the user name (as in SQLAlchemy) while a path or
        // an option may still hold one; failing that, at the '@' the mask chose, so an unescaped
        // '/' or '?' in a password is kept too.
        String rawUser = null;
        String rawPassword = null;
        int at = userInfoEnd(rest, 0);
        if (at < 0) {
            int last = lastCredentialAt(rest);
            if (last >= 0) {
                String info = rest.substring(0, last);
                int colon = info.indexOf(':');
                String user = colon < 0 ? info : info.substring(0, colon);
                at = user.indexOf('/') < 0 && user.indexOf('?') < 0 ? last : -1;
            }
        }
        if (at >= 0) {
            String info = rest.substring(0, at);
            int colon = info.indexOf(':');
            rawUser = colon < 0 ? info : info.substring(0, colon);
            rawPassword = colon < 0 ? null : info.substring(colon + 1);
            rest = rest.substring(at + 1);
        }
        // The mask must cover the password the parser found, and the parser must find one where
        // the mask sees one; otherwise some reading of the URL would send part of the password
        // elsewhere (into a host, port or database name that messages show), so it is refused.
        int[] range = passwordRange(u);
        int passwordStart = sep + 3 + (rawUser == null ? 0 : rawUser.length() + 1);
        boolean covered = rawPassword == null ? range == null
                : range != null && range[0] < passwordStart && passwordStart + rawPassword.length() == range[1];
        if (!covered) {
            throw invalid(masked, "it is ambiguous where its password ends: percent-escape '@', '/', '?' and ':' in "
                    + "the user name, the password and the options (%40, %2F, %3F, %3A)");
        }
        boolean secret = rawPassword != null || !maskOptions(u).equals(u);

        String rawQuery = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            rawQuery = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String hostPort = slash < 0 ? rest : rest.substring(0, slash);
        String database = slash < 0 || slash == rest.length() - 1 ? null : rest.substring(slash + 1);

        String host = hostPort;
        Integer port = null;
        int portColon = hostPort.startsWith("[") ? hostPort.indexOf(':', hostPort.indexOf(']')) : hostPort.indexOf(':');
        if (portColon >= 0) {
            host = hostPort.substring(0, portColon);
            String p = hostPort.substring(portColon + 1);
            if (!p.isEmpty()) {
                try {
                    port = Integer.valueOf(p);
                } catch (NumberFormatException e) {
                    port = -1;
                }
                if (port < 0 || port > 65535) {
                    // with a password in the URL the port text is not quoted: it may be part of it
                    throw invalid(masked, (secret ? "the port" : "port '" + p + "'") + " is not a number from 0 to 65535");
                }
            }
        }
        host = host.isEmpty() ? null : host;

        String dialectName = scheme;
        String driver = null;
        int plus = scheme.indexOf('+');
        if (plus >= 0) {
            dialectName = scheme.substring(0, plus);
            driver = scheme.substring(plus + 1);
        }
        Dialect dialect;
        try {
            dialect = Dialects.byName(dialectName.toLowerCase(Locale.ROOT));
        } catch (UnknownDialectException e) {
            throw new UnknownDialectException(e.getMessage() + " (in database URL '" + masked + "')");
        }
        if (driver != null) {
            checkDriver(dialect, driver, masked);
        }
        if (database == null && host == null) {
            throw invalid(masked, "it names no database: write " + dialect.name() + ":///" + MEMORY
                    + " for an in-memory database or " + dialect.name() + ":///path for a file");
        }
        if (MEMORY.equals(database) && (host != null || rawQuery != null)) {
            throw invalid(masked, "an in-memory database takes no host and no options: write "
                    + dialect.name() + ":///" + MEMORY);
        }
        String user = decode(rawUser, masked);
        return new EngineUrl(masked, dialect, driver, user == null || user.isEmpty() ? null : user,
                decode(rawPassword, masked), host, port,
                database, parseQuery(rawQuery, masked), null);
    }

    private static void checkDriver(Dialect dialect, String driver, String masked) {
        String d = driver.toLowerCase(Locale.ROOT);
        if (d.equals("jdbc") || d.equals(dialect.name()) || DRIVER_ALIASES.getOrDefault(dialect.name(), Set.of()).contains(d)) {
            return;
        }
        throw new InvalidUrlException("The database URL '" + masked + "' names the driver '" + driver
                + "', which Retort cannot use: Retort reaches " + dialect.name() + " through its JDBC driver ("
                + dialect.driverCoordinates() + "); write " + dialect.name() + "://... or " + dialect.name()
                + "+jdbc://...");
    }

    private static Map<String, String> parseQuery(String raw, String masked) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq), masked);
            if (k.isEmpty()) {
                throw invalid(masked, "an option has no name");
            }
            m.put(k, eq < 0 ? "" : decode(pair.substring(eq + 1), masked));
        }
        return Collections.unmodifiableMap(m);
    }

    private static String decode(String s, String masked) {
        if (s == null || s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) != '%') {
                b.append(s.charAt(i++));
                continue;
            }
            bytes.reset();
            while (i < s.length() && s.charAt(i) == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw invalid(masked, "'%' must be followed by two hex digits (write %25 for a literal %)");
                }
                bytes.write(hi * 16 + lo);
                i += 3;
            }
            b.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    /** {@code String.strip()} (Java 11, not on Android 8): drops leading and trailing white space. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && Character.isWhitespace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && Character.isWhitespace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    private static InvalidUrlException invalid(String masked, String why) {
        return new InvalidUrlException("Cannot use the database URL '" + masked + "': " + why + "; " + EXPECTED);
    }

    private static String maskOptions(String s) {
        // a match holds "password=" or "pwd=" (ASCII, any case); containsIgnoreCase accepts more, never less
        if (!containsIgnoreCase(s, "password") && !containsIgnoreCase(s, "pwd")) {
            return s;
        }
        return Masks.JDBC_PASSWORD.matcher(s).replaceAll("$1=***");
    }

    private static boolean containsIgnoreCase(String s, String part) {
        for (int i = 0, last = s.length() - part.length(); i <= last; i++) {
            if (s.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the {@code '@'} that ends the user info of {@code s} (an authority that starts
     * at {@code from}), or -1: the last {@code '@'} before the first {@code '/'} or {@code '?'}
     * that follows an {@code '@'}.
     */
    private static int userInfoEnd(String s, int from) {
        int at = -1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '@') {
                at = i;
            } else if ((c == '/' || c == '?') && at < 0) {
                return -1;
            } else if (c == '/' || c == '?') {
                return at;
            }
        }
        return at;
    }

    /**
     * {@code url} with every password replaced by {@code ***}: the password of
     * {@code user:password@}, and {@code password=} / {@code pwd=} options of JDBC URLs
     * ({@code ;password=} in Derby and H2 URLs, {@code ?password=}/{@code &password=} elsewhere).
     *
     * <p>It works on the raw text and assumes nothing about its shape, so it also masks URLs that
     * cannot be parsed: a missing {@code //} or scheme ({@code postgresql:/scott:PW@host},
     * {@code scott:PW@host}), an unescaped {@code '@'} in the user name or the password, a
     * {@code '/'} or {@code '?'} in the password. Where the text is ambiguous it masks more rather
     * than less: everything from the first {@code ':'} of the user info to its last {@code '@'}.
     */
    public static String mask(String url) {
        if (url == null) {
            return null;
        }
        String s = maskOptions(url);
        if (containsIgnoreCase(s, "jdbc:oracle:")) {
            Matcher oracle = Masks.ORACLE_PASSWORD.matcher(s);
            if (oracle.find()) {
                return oracle.replaceAll("$1/***@");
            }
        }
        int[] range = passwordRange(s);
        if (range == null) {
            return s; // no password: at most a user name
        }
        int colon = range[0];
        int at = range[1];
        return s.substring(0, colon) + ":***" + s.substring(at);
    }

    /**
     * Where a password may be in {@code s}, as {@code {colon, at}}: from the first {@code ':'} after
     * the scheme to the last {@code '@'} of the whole text, or {@code null} when there is no
     * {@code '@'} after such a colon. Deliberately wider than any parser's reading, since the
     * password of a mistyped URL may hold {@code '@'}, {@code '/'}, {@code '?'} or {@code ':'}.
     */
    private static int[] passwordRange(String s) {
        int at = s.lastIndexOf('@');
        if (at < 0) {
            return null; // no '@', no password
        }
        Matcher prefix = Masks.SCHEME_PREFIX.matcher(s);
        int colon = s.indexOf(':', prefix.lookingAt() ? prefix.end() : 0);
        return colon >= 0 && at > colon ? new int[] {colon, at} : null;
    }

    /**
     * The {@code '@'} that may end the user info of an authority {@code s}: the last one before
     * the first {@code '?'}, or failing that the last one of all; -1 for none.
     */
    private static int lastCredentialAt(String s) {
        int q = s.indexOf('?');
        int at = q < 0 ? s.lastIndexOf('@') : s.lastIndexOf('@', q);
        return at >= 0 ? at : s.lastIndexOf('@');
    }

    // ------------------------------------------------------------------ translation

    /**
     * The JDBC URL for this URL: a {@code jdbc:} URL as it is; {@code :memory:} through
     * {@link Dialect#memoryUrl} with {@code uniqueMemoryName}; otherwise through
     * {@link Dialect#jdbcUrl}. Never contains the user or password.
     */
    public String toJdbcUrl(String uniqueMemoryName) {
        return toJdbcUrl(dialect, uniqueMemoryName);
    }

    String toJdbcUrl(Dialect d, String uniqueMemoryName) {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        if (isMemory()) {
            return d.memoryUrl(Objects.requireNonNull(uniqueMemoryName, "uniqueMemoryName"));
        }
        return d.jdbcUrl(host, port, database, query);
    }

    // ------------------------------------------------------------------ accessors

    /** The dialect the URL names (for a {@code jdbc:} URL, the one whose driver takes it). */
    public Dialect dialect() {
        return dialect;
    }

    /** The {@code +driver} part, or {@code null}. */
    public String driver() {
        return driver;
    }

    /** The decoded user name, or {@code null}. */
    public String username() {
        return username;
    }

    /** The decoded password, or {@code null}. Never shown by {@link #toString()}. */
    public String password() {
        return password;
    }

    /** The host, or {@code null} for an embedded database. */
    public String host() {
        return host;
    }

    /** The port, or {@code null}. */
    public Integer port() {
        return port;
    }

    /** The database name or path ({@code :memory:}, {@code example}, {@code /abs/path}), or {@code null}. */
    public String database() {
        return database;
    }

    /** The decoded {@code ?key=value} options, in order. */
    public Map<String, String> query() {
        return query;
    }

    /** Whether this is a raw {@code jdbc:} URL. */
    public boolean isJdbc() {
        return jdbcUrl != null;
    }

    /** Whether this names a private in-memory database ({@code :memory:}). */
    public boolean isMemory() {
        return MEMORY.equals(database);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof EngineUrl)) {
            return false;
        }
        EngineUrl u = (EngineUrl) o;
        return dialect == u.dialect && Objects.equals(driver, u.driver) && Objects.equals(username, u.username)
                && Objects.equals(password, u.password) && Objects.equals(host, u.host) && Objects.equals(port, u.port)
                && Objects.equals(database, u.database) && query.equals(u.query) && Objects.equals(jdbcUrl, u.jdbcUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dialect.name(), driver, username, host, port, database, query, jdbcUrl);
    }

    /** The URL as written, with the password masked as {@code ***}. */
    @Override
    public String toString() {
        return masked;
    }
}
