package dev.retort.sql.compile;

import dev.retort.sql.SqlType;
import java.util.function.Supplier;

/**
 * One placeholder of a compiled statement, in order of appearance.
 *
 * @param name the name the statement uses for it ({@code id_1}, {@code name})
 * @param type the SQL type its value is checked against and bound as
 * @param value the value given when the statement was built, if {@code hasValue}
 * @param hasValue whether {@code value} is set; otherwise the value comes from execution parameters
 * @param defaultValue a client-side column default used when no value is given, or {@code null}
 */
public record CompiledParameter(
        String name, SqlType<?> type, Object value, boolean hasValue, Supplier<?> defaultValue) {}
