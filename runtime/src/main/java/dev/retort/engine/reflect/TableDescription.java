package dev.retort.engine.reflect;

import java.util.List;

/** Everything the inspector reads about one table, read through one connection. */
record TableDescription(String name, List<ColumnInfo> columns, PrimaryKeyInfo primaryKey,
        List<ForeignKeyInfo> foreignKeys, List<IndexInfo> indexes, List<UniqueConstraintInfo> uniqueConstraints) {}
