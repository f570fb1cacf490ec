package dev.retort.dialect.sqlite;

import dev.retort.sql.SqlType;
import dev.retort.sql.SqlTypes;
import java.util.Locale;

/** Declared SQLite type names back to SQL types, following SQLite's affinity rules. */
final class SqliteTypeNames {
    private SqliteTypeNames() {}

    /** xerial's size for a column declared without one. */
    private static final int NO_SIZE = 2_000_000_000;

    static SqlType<?> reflect(String typeName, int size, int decimalDigits) {
        String n = typeName == null ? "" : typeName.toUpperCase(Locale.ROOT).trim();
        boolean sized = size > 0 && size < NO_SIZE;
        if (n.isEmpty()) {
            return SqlTypes.NULL;                                 // no affinity: any value
        }
        if (n.contains("INT")) {                                  // rule 1: INTEGER affinity
            if (n.equals("BIGINT") || n.equals("INT8") || n.equals("UNSIGNED BIG INT")) {
                return SqlTypes.BIGINT;
            }
            return n.equals("SMALLINT") || n.equals("TINYINT") || n.equals("INT2") ? SqlTypes.SMALLINT
                    : SqlTypes.INTEGER;
        }
        if (n.contains("CHAR") || n.contains("CLOB") || n.contains("TEXT")) {   // rule 2: TEXT
            if (n.contains("CLOB") || n.contains("TEXT")) {
                return SqlTypes.TEXT;
            }
            return sized ? SqlTypes.string(size) : SqlTypes.STRING;
        }
        if (n.contains("BLOB")) {                                 // rule 3: BLOB
            return SqlTypes.BLOB;
        }
        if (n.contains("REAL") || n.contains("FLOA") || n.contains("DOUB")) {   // rule 4: REAL
            return n.equals("REAL") ? SqlTypes.REAL : SqlTypes.DOUBLE;
        }
        switch (n) {                                              // rule 5: NUMERIC affinity, by name
            case "BOOLEAN": case "BOOL": return SqlTypes.BOOLEAN;
            case "DATE": return SqlTypes.DATE;
            case "TIME": return SqlTypes.TIME;
            case "TIMESTAMP": case "DATETIME": return SqlTypes.TIMESTAMP;
            case "TIMESTAMP WITH TIME ZONE": case "TIMESTAMPTZ": return SqlTypes.TIMESTAMP_TZ;
            case "UUID": return SqlTypes.UUID_TYPE;
            case "VARBINARY": case "BINARY":
                return sized ? SqlTypes.varbinary(size) : SqlTypes.BLOB;
            case "NUMERIC": case "DECIMAL":
                if (sized && decimalDigits >= 0 && size > decimalDigits) {
                    // xerial reports NUMERIC(p, s) as size p + s
                    int precision = size - decimalDigits;
                    return SqlTypes.numeric(precision, Math.min(decimalDigits, precision));
                }
                return SqlTypes.NUMERIC;
            default: return SqlTypes.NUMERIC;
        }
    }
}
