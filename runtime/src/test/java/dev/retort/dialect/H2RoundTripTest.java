package dev.retort.dialect;

import dev.retort.sql.SqlType;
import java.util.Map;

/** {@link RoundTripSuite} on H2 (in memory). */
class H2RoundTripTest extends RoundTripSuite {
    H2RoundTripTest() {
        super(Target.H2);
    }

    @Override
    Map<String, SqlType<?>> reflectedDifferences() {
        return Map.of(); // DECFLOAT reads back as NUMERIC, UUID as UUID: every type as declared
    }
}
