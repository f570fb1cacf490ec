package dev.retort.dialect;

import dev.retort.sql.SqlType;
import dev.retort.sql.SqlTypes;
import java.util.Map;

/** {@link RoundTripSuite} on embedded Derby (in memory). */
class DerbyRoundTripTest extends RoundTripSuite {
    DerbyRoundTripTest() {
        super(Target.DERBY);
    }

    @Override
    Map<String, SqlType<?>> reflectedDifferences() {
        return Map.of(
                "vs", SqlTypes.string(255),          // VARCHAR needs a length on Derby
                "nu", SqlTypes.numeric(31, 10),      // and NUMERIC a precision
                "tz", SqlTypes.TIMESTAMP,            // instants are UTC TIMESTAMPs
                "ins", SqlTypes.TIMESTAMP,
                "u", SqlTypes.string(36));           // UUIDs are CHAR(36)
    }
}
