package dev.retort.dialect;

import dev.retort.sql.SqlType;
import dev.retort.sql.SqlTypes;
import java.util.Map;

/** {@link RoundTripSuite} on SQLite (shared-cache in-memory database). */
class SqliteRoundTripTest extends RoundTripSuite {
    SqliteRoundTripTest() {
        super(Target.SQLITE);
    }

    @Override
    Map<String, SqlType<?>> reflectedDifferences() {
        return Map.of(
                "id", SqlTypes.INTEGER,              // the autoincrement key must be declared INTEGER
                "u", SqlTypes.string(36));           // UUIDs are CHAR(36)
    }
}
