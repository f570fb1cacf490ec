package dev.retort.engine.reflect;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.postgresql.PostgresDialect;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;

/**
 * Reflection on PostgreSQL, when {@code RETORT_POSTGRES_URL} names a server
 * ({@code postgresql://user:pass@host:port/db}); skipped otherwise, unless
 * {@code RETORT_REQUIRE_POSTGRES=1}. Each test works in a schema of its own, dropped afterwards.
 */
class PostgresInspectorTest extends InspectorSuite {
    private static TestDatabase database;
    private static final String PREFIX = "retort_reflect_" + Long.toString(System.nanoTime(), 36) + "_";
    private static int schemas;

    @BeforeAll
    static void connect() {
        String url = System.getenv("RETORT_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("RETORT_REQUIRE_POSTGRES"))) {
                fail("RETORT_REQUIRE_POSTGRES=1 but RETORT_POSTGRES_URL is not set");
            }
            return; // each test is skipped in freshDatabase(), with the reason
        }
        URI uri = URI.create(url);
        Properties props = new Properties();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            props.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                props.setProperty("password", decode(userInfo.substring(colon + 1)));
            }
        }
        String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + uri.getRawPath();
        database = new TestDatabase(PostgresDialect.INSTANCE, jdbcUrl, props, null);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    protected Dialect dialect() {
        return PostgresDialect.INSTANCE;
    }

    @Override
    protected TestDatabase freshDatabase() {
        assumeTrue(database != null, "RETORT_POSTGRES_URL is not set: PostgreSQL reflection test skipped");
        String schema = PREFIX + (++schemas);
        database.execute("CREATE SCHEMA " + schema);
        return database.inSchema(schema);
    }

    @Override
    protected void release(TestDatabase db) {
        if (db == null) {
            return;
        }
        database.execute("DROP SCHEMA IF EXISTS " + db.schema() + "_other CASCADE",
                "DROP SCHEMA " + db.schema() + " CASCADE");
    }

    @Override
    protected String expectedDefaultSchema() {
        return "public";
    }

    @Override
    protected String identityKey() {
        return "id SERIAL PRIMARY KEY";
    }

    @Override
    protected String clob() {
        return "TEXT";
    }

    @Override
    protected String doubleType() {
        return "DOUBLE PRECISION";
    }

    @Override
    protected String blob() {
        return "BYTEA";
    }

    /** PostgreSQL shows the cast it stores with the literal. */
    @Override
    protected String stringDefault(String literal) {
        return literal + "::character varying";
    }

    @Override
    protected boolean uniqueConstraintsReadAsIndexes() {
        return true;
    }
}
