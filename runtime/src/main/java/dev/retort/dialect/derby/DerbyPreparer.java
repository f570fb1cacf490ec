package dev.retort.dialect.derby;

import dev.retort.sql.compile.IdentifierPreparer;
import java.util.Set;

/**
 * Derby's unquoted names: a letter, then letters, digits and underscores ({@code [a-z][a-z0-9_]*}:
 * no {@code $}, no leading {@code _}), at most 128 characters. Checked character by character,
 * not by a regular expression: compiling one is part of every cold start.
 */
final class DerbyPreparer extends IdentifierPreparer {
    DerbyPreparer(Set<String> reservedWords) {
        super(reservedWords, 128); // Derby names: at most 128 characters
    }

    @Override
    protected boolean isLegalUnquoted(String identifier) {
        if (identifier.isEmpty() || !isLowerAsciiLetter(identifier.charAt(0))) {
            return false;
        }
        for (int i = 1; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (!isLowerAsciiLetter(c) && !isAsciiDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }
}
