package dev.retort.dialect.mysql;

import dev.retort.sql.compile.IdentifierPreparer;
import java.util.Set;

/**
 * MySQL's quoting: backticks, inner backticks doubled. Backticks quote identifiers in every SQL
 * mode; with {@code ANSI_QUOTES} the server also takes double quotes, but never requires them, so
 * SQL Retort renders works whether the server runs in that mode or not.
 */
final class MySqlPreparer extends IdentifierPreparer {
    MySqlPreparer(Set<String> reservedWords) {
        super(reservedWords, 64); // MySQL's limit on identifier length
    }

    @Override
    public String quoteIdentifier(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }
}
