package dev.retort.dialect.mysql;

import dev.retort.dialect.Feature;
import java.util.EnumSet;
import java.util.Set;

/**
 * MariaDB 10.5 or later, through MariaDB Connector/J: {@link MySqlDialect} with
 * {@code INSERT ... RETURNING} and {@code DELETE ... RETURNING} (MariaDB has no
 * {@code UPDATE ... RETURNING}, so {@link Feature#UPDATE_RETURNING} is off), and with sequences
 * ({@code CREATE SEQUENCE}, {@code NEXT VALUE FOR}, since MariaDB 10.3; MySQL has none).
 */
public final class MariaDbDialect extends MySqlDialect {
    private static final Set<Feature> MARIADB_FEATURES = mariaDbFeatures();

    /** The one instance. */
    public static final MariaDbDialect INSTANCE = new MariaDbDialect();

    private MariaDbDialect() {
        super("mariadb", MARIADB_FEATURES, "jdbc:mariadb:");
    }

    private static Set<Feature> mariaDbFeatures() {
        Set<Feature> f = EnumSet.copyOf(FEATURES);
        f.add(Feature.INSERT_RETURNING);
        f.add(Feature.SEQUENCES);
        return f;
    }

    @Override
    public String nextSequenceValueSql(String sequenceName) {
        return "SELECT NEXT VALUE FOR " + PREPARER.quote(sequenceName);
    }

    @Override
    public String sequenceExistsSql() {
        return "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'SEQUENCE'"
                + " AND TABLE_NAME = :name";
    }
}
