package dev.retort.it.reliability;

import java.util.List;

/** Hostile input: what an attacker types into every field that ends up in SQL. */
final class Corpus {
    private Corpus() {}

    /** 100 KB of text. */
    static final String HUGE = "x'\"; -- ".repeat(100_000 / 8);

    /** Values: each must come back verbatim, or be refused with a typed error (NUL on PostgreSQL). */
    static final List<String> VALUES = List.of(
            "'", "''", "' OR '1'='1", "'; DROP TABLE inj_canary; --", "\"; DROP TABLE inj_canary; --",
            "'); DELETE FROM inj_canary; --", "/* comment */", "*/ DROP TABLE inj_canary; /*", "-- comment",
            "\\", "\\'", "\\\\'; DROP TABLE inj_canary; --", "\\0", "\u0000", "a\u0000b; DROP TABLE inj_canary",
            "\u02bc OR \u02bc1\u02bc=\u02bc1", "\uff07; DROP TABLE inj_canary; --", "\u2018\u2019\u201c\u201d",
            "\u2028\u2029", "\r\n", "%", "_", "%_\\", "100% _x_ \\%", ":name", "?", "$1", "${x}", "\ud83d\ude00",
            "SELECT * FROM inj_canary", "", " ", HUGE);

    /** Names: each must round-trip quoted, or be refused with a typed error. */
    static final List<String> NAMES = List.of(
            "'", "\"", "\"\"", "a\"b", "x'; DROP TABLE inj_canary; --", "x\"; DROP TABLE inj_canary; --",
            "/* c */", "-- c", "a;b", "a b", "\\", "a\\\"b", "Mixed Case", "select", "user", "order", "%", "_",
            "%_", "\u02bcq\u02bc", "\uff07", "na\u00efve", "\u0416", "a\u0000b", "x".repeat(100_000), "$1", "?");

    /** Short enough for a VARCHAR(200) column and a WHERE clause. */
    static boolean isShort(String value) {
        return value.length() <= 200;
    }
}
