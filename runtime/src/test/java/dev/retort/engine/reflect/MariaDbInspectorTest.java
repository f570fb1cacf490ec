package dev.retort.engine.reflect;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.mysql.MariaDbDialect;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;

/**
 * Reflection on MariaDB, when {@code RETORT_MARIADB_URL} names a server
 * ({@code mariadb://user:pass@host:port/db}); skipped otherwise, unless
 * {@code RETORT_REQUIRE_MARIADB=1}. Each test works in a database (MySQL's schema) of its own,
 * dropped afterwards. The connections run in {@code ANSI_QUOTES} mode, so the suite's DDL with
 * double-quoted names and REAL columns work as elsewhere, and reflection is shown to work in that mode too.
 */
class MariaDbInspectorTest extends InspectorSuite {
    private static TestDatabase database;
    private static String defaultSchema;
    private static final String PREFIX = "retort_reflect_" + Long.toString(System.nanoTime(), 36) + "_";
    private static int schemas;

    @BeforeAll
    static void connect() {
        String url = System.getenv("RETORT_MARIADB_URL");
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("RETORT_REQUIRE_MARIADB"))) {
                fail("RETORT_REQUIRE_MARIADB=1 but RETORT_MARIADB_URL is not set");
            }
            return; // each test is skipped in freshDatabase(), with the reason
        }
        URI uri = URI.create(url.strip());
        Properties props = new Properties();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            props.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                props.setProperty("password", decode(userInfo.substring(colon + 1)));
            }
        }
        defaultSchema = uri.getPath().substring(1);
        String jdbcUrl = MariaDbDialect.INSTANCE.jdbcUrl(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : null,
                defaultSchema, Map.of("sessionVariables", "sql_mode='ANSI_QUOTES,REAL_AS_FLOAT,STRICT_TRANS_TABLES'"));
        database = new TestDatabase(MariaDbDialect.INSTANCE, jdbcUrl, props, null);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    protected Dialect dialect() {
        return MariaDbDialect.INSTANCE;
    }

    @Override
    protected TestDatabase freshDatabase() {
        assumeTrue(database != null, "RETORT_MARIADB_URL is not set: MariaDB reflection test skipped");
        String schema = PREFIX + (++schemas);
        database.execute("CREATE DATABASE " + schema);
        return database.inSchema(schema);
    }

    @Override
    protected void release(TestDatabase db) {
        if (db == null) {
            return;
        }
        database.execute("DROP DATABASE IF EXISTS " + db.schema() + "_other", "DROP DATABASE " + db.schema());
    }

    @Override
    protected String expectedDefaultSchema() {
        return defaultSchema;
    }

    @Override
    protected String identityKey() {
        return "id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY";
    }

    @Override
    protected String clob() {
        return "LONGTEXT";
    }

    @Override
    protected String doubleType() {
        return "DOUBLE";
    }

    @Override
    protected String blob() {
        return "LONGBLOB";
    }

    /** MySQL cannot tell a UNIQUE constraint from a unique index: they are the same thing. */
    @Override
    protected boolean uniqueConstraintsReadAsIndexes() {
        return true;
    }
}
