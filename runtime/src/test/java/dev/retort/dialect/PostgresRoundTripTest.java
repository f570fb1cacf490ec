package dev.retort.dialect;

import dev.retort.sql.SqlType;
import dev.retort.sql.SqlTypes;
import java.util.Map;

/** {@link RoundTripSuite} on PostgreSQL at {@code RETORT_POSTGRES_URL}; skipped (visibly) without it. */
class PostgresRoundTripTest extends RoundTripSuite {
    PostgresRoundTripTest() {
        super(Target.POSTGRES);
    }

    @Override
    Map<String, SqlType<?>> reflectedDifferences() {
        return Map.of("vb", SqlTypes.BLOB);          // BYTEA has no length
    }
}
