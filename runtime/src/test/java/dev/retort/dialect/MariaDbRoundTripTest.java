package dev.retort.dialect;

import dev.retort.sql.SqlType;
import dev.retort.sql.SqlTypes;
import java.util.Map;

/** {@link RoundTripSuite} on MariaDB at {@code RETORT_MARIADB_URL}; skipped (visibly) without it. */
class MariaDbRoundTripTest extends RoundTripSuite {
    MariaDbRoundTripTest() {
        super(Target.MARIADB);
    }

    @Override
    Map<String, SqlType<?>> reflectedDifferences() {
        return Map.of(
                "vs", SqlTypes.string(255),          // VARCHAR needs a length
                "nu", SqlTypes.numeric(65, 30),      // a bare DECIMAL would be DECIMAL(10, 0)
                "tz", SqlTypes.TIMESTAMP,            // instants are UTC DATETIME(6)s
                "ins", SqlTypes.TIMESTAMP,
                "u", SqlTypes.string(36));           // UUIDs are CHAR(36)
    }
}
