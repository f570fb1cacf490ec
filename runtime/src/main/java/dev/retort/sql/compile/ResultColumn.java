package dev.retort.sql.compile;

import dev.retort.sql.ColumnElement;
import dev.retort.sql.SqlType;

/**
 * A column of a statement's result: the key rows expose it by, its type, and the expression it
 * was selected as (so {@code row.get(users.c("name"))} finds it).
 *
 * @param key the name rows expose ({@code name}, {@code title}, {@code count_1})
 * @param type the type values are read as
 * @param element the selected expression, or {@code null} for undeclared text columns
 */
public record ResultColumn(String key, SqlType<?> type, ColumnElement<?> element) {}
