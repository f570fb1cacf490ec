package dev.retort.dialect.mysql;

import dev.retort.exc.InvalidUrlException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Turns {@code mysql://} and {@code mariadb://} URLs into MariaDB Connector/J URLs. */
final class MySqlUrls {
    private MySqlUrls() {}

    /** The driver Retort is tested with, for both servers. */
    static final String MARIADB_DRIVER = "org.mariadb.jdbc:mariadb-java-client:3.5.11";

    /** The driver that takes {@code jdbc:mysql:} URLs. */
    static final String MYSQL_DRIVER = "com.mysql:mysql-connector-j:9.7.0";

    /**
     * {@code jdbc:mariadb://host[:port]/database?options}. Retort's own options are translated:
     * {@code encoding} and {@code charset} (SQLAlchemy's names) become the connection character
     * set; the others are passed to the driver as they are. {@code useCatalogTerm=Schema} makes
     * the driver report databases as schemas, which is what they are to Retort.
     */
    static String jdbcUrl(String host, Integer port, String database, Map<String, String> query) {
        Map<String, String> options = new LinkedHashMap<>(query);
        String encoding = options.remove("encoding");
        String charset = options.remove("charset");
        if (encoding != null && charset != null && !encoding.equalsIgnoreCase(charset)) {
            throw new InvalidUrlException("The options encoding=" + encoding + " and charset=" + charset
                    + " disagree; give one of them");
        }
        String cs = encoding != null ? encoding : charset;
        if (cs != null) {
            options.put("connectionCollation", collation(cs));
        }
        options.putIfAbsent("useCatalogTerm", "Schema");
        StringBuilder b = new StringBuilder("jdbc:mariadb://").append(host == null ? "localhost" : host);
        if (port != null) {
            b.append(':').append(port);
        }
        b.append('/').append(database == null ? "" : plain("database name", database, "/?&#"));
        char sep = '?';
        for (Map.Entry<String, String> e : options.entrySet()) {
            b.append(sep).append(plain("option name", e.getKey(), "&=#")).append('=')
                    .append(plain("value of option " + e.getKey(), e.getValue(), "&#"));
            sep = '&';
        }
        return b.toString();
    }

    /**
     * {@code s} as it is: MariaDB Connector/J does not percent-decode its URL, so the text goes
     * in plain, and characters that would end it are refused rather than passed mangled.
     */
    private static String plain(String what, String s, String forbidden) {
        for (int i = 0; i < s.length(); i++) {
            if (forbidden.indexOf(s.charAt(i)) >= 0) {
                throw new InvalidUrlException("The " + what + " contains '" + s.charAt(i) + "', which MariaDB "
                        + "Connector/J cannot take in its URL; pass a jdbc:mariadb: URL the driver accepts instead");
            }
        }
        return s;
    }

    /**
     * The connection collation for a character set. MariaDB Connector/J always speaks utf8mb4 to
     * the server, which converts to each column's character set on the way in and out, so
     * utf8mb4 is the only connection character set that loses nothing; the others are refused
     * with the reason, rather than silently ignored.
     */
    static String collation(String charset) {
        String cs = charset.trim().toLowerCase(Locale.ROOT).replace("-", "");
        if (cs.equals("utf8mb4") || cs.equals("utf8")) {
            return "utf8mb4_bin";
        }
        throw new InvalidUrlException("The connection character set '" + charset + "' is not available: MariaDB "
                + "Connector/J always exchanges text with the server in utf8mb4, and the server converts it to "
                + "each column's character set. Leave out encoding= (utf8mb4 is the default) and declare "
                + "CHARACTER SET " + charset + " on the columns or tables that should store it");
    }
}
