package dev.retort.sql.compile;

import dev.retort.sql.Table;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which identifiers need quotes and renders them. An identifier is quoted when it is a
 * reserved word of the dialect ({@code user}, {@code order}, {@code left}), is not a plain
 * lower-case name, or contains characters an unquoted name cannot. Lower-case names are therefore
 * case-insensitive and folded by the database; names with capitals are case-sensitive, as in
 * SQLAlchemy.
 */
public class IdentifierPreparer {
    /**
     * The unquoted names most databases accept, {@code [a-z_][a-z0-9_$]*}: a lower-case letter or
     * underscore, then letters, digits, underscores and dollar signs. A preparer made without a
     * pattern checks this rule without a regular expression ({@link #isLegalUnquoted}). Derby is
     * stricter and overrides it.
     */
    public static final String LEGAL_IDENTIFIER = "[a-z_][a-z0-9_$]*";

    /** Reserved words of generic SQL, lower case (SQLAlchemy's list, derived from SQL:2003 and PostgreSQL). */
    public static final Set<String> SQL_RESERVED_WORDS = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "between", "binary", "both", "case", "cast", "check", "collate", "column", "constraint", "create",
            "cross", "current_date", "current_role", "current_time", "current_timestamp", "current_user",
            "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "for", "foreign",
            "freeze", "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect",
            "into", "is", "isnull", "join", "leading", "left", "like", "limit", "localtime", "localtimestamp",
            "natural", "new", "not", "notnull", "null", "off", "offset", "old", "on", "only", "or", "order",
            "outer", "overlaps", "placing", "primary", "references", "right", "select", "session_user", "set",
            "similar", "some", "symmetric", "table", "then", "to", "trailing", "true", "union", "unique", "user",
            "using", "verbose", "when", "where");

    private final Set<String> reservedWords;
    private final Pattern legal;
    private final int maxIdentifierLength;

    /** What {@link #maxIdentifierLength()} is when the database sets no limit that matters. */
    public static final int UNLIMITED = 9999;

    /**
     * A preparer for a dialect whose reserved words (lower case) are {@code reservedWords} and
     * whose unquoted names follow {@link #LEGAL_IDENTIFIER}.
     */
    public IdentifierPreparer(Set<String> reservedWords) {
        this(reservedWords, UNLIMITED);
    }

    /**
     * A preparer as {@link #IdentifierPreparer(Set)}, for a database whose names are at most
     * {@code maxIdentifierLength} characters long (PostgreSQL: 63, Derby: 128).
     */
    public IdentifierPreparer(Set<String> reservedWords, int maxIdentifierLength) {
        this(reservedWords, null, maxIdentifierLength);
    }

    /**
     * A preparer for a dialect whose reserved words (lower case) are {@code reservedWords} and
     * whose unquoted names match {@code legalIdentifier} (names that do not are quoted).
     */
    public IdentifierPreparer(Set<String> reservedWords, Pattern legalIdentifier) {
        this(reservedWords, legalIdentifier, UNLIMITED);
    }

    /**
     * A preparer as {@link #IdentifierPreparer(Set, Pattern)}, for a database whose names are at
     * most {@code maxIdentifierLength} characters long; a {@code null} pattern means
     * {@link #LEGAL_IDENTIFIER}.
     */
    public IdentifierPreparer(Set<String> reservedWords, Pattern legalIdentifier, int maxIdentifierLength) {
        this.reservedWords = reservedWords;
        this.legal = legalIdentifier;
        this.maxIdentifierLength = maxIdentifierLength;
    }

    /** The longest name the database accepts, in characters. */
    public int maxIdentifierLength() {
        return maxIdentifierLength;
    }

    /**
     * {@code name} when it fits {@link #maxIdentifierLength()}; otherwise its first
     * {@code max - 5} characters, an underscore and four hex digits of the whole name's MD5 hash,
     * so two long names that share a prefix still differ, and the same name always truncates the
     * same way (as SQLAlchemy truncates the names its naming convention makes).
     */
    public String truncate(String name) {
        if (name.length() <= maxIdentifierLength) {
            return name;
        }
        return name.substring(0, maxIdentifierLength - 5) + "_" + md5Hex4(name);
    }

    private static String md5Hex4(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("MD5").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return String.format(Locale.ROOT, "%02x%02x", d[d.length - 2], d[d.length - 1]);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }

    /** The reserved words, lower case. */
    public Set<String> reservedWords() {
        return reservedWords;
    }

    /** Whether {@code identifier} must be quoted. */
    public boolean requiresQuotes(String identifier) {
        return reservedWords.contains(identifier.toLowerCase(Locale.ROOT)) || !isLegalUnquoted(identifier);
    }

    /**
     * Whether {@code identifier} may stand without quotes as far as its characters go (reserved
     * words aside): it matches the pattern this preparer was made with, or else
     * {@link #LEGAL_IDENTIFIER}, checked character by character. Dialects with a rule of their
     * own override this rather than pass a pattern, as compiling and running a regular expression
     * is a measurable part of a cold start.
     */
    protected boolean isLegalUnquoted(String identifier) {
        if (legal != null) {
            return legal.matcher(identifier).matches();
        }
        if (identifier.isEmpty() || !isLowerAsciiLetter(identifier.charAt(0)) && identifier.charAt(0) != '_') {
            return false;
        }
        for (int i = 1; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (!isLowerAsciiLetter(c) && !isAsciiDigit(c) && c != '_' && c != '$') {
                return false;
            }
        }
        return true;
    }

    /** {@code a} to {@code z}. */
    protected static boolean isLowerAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** {@code 0} to {@code 9}. */
    protected static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The identifier, quoted if it must be. */
    public String quote(String identifier) {
        return requiresQuotes(identifier) ? quoteIdentifier(identifier) : identifier;
    }

    /** The identifier in double quotes, inner quotes doubled. */
    public String quoteIdentifier(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** {@code schema.table}, each part quoted if it must be. */
    public String formatTable(Table table) {
        return table.schema() == null ? quote(table.name()) : quote(table.schema()) + "." + quote(table.name());
    }

    /**
     * A function name as SQL: each dot-separated part ({@code pkg.fn}) stays as written when it is
     * a plain name (letters, digits, {@code _} and {@code $}, not starting with a digit; case is
     * kept, so {@code coalesce} and {@code COALESCE} both work) and is otherwise quoted, as
     * SQLAlchemy quotes a {@code func} name with illegal characters. A hostile name such as
     * {@code "1; DROP TABLE t; SELECT abs"} therefore becomes one quoted identifier the database
     * reports as an unknown function; it can never end the statement.
     */
    public String formatFunctionName(String name) {
        if (isPlainFunctionName(name)) {
            return name;
        }
        StringBuilder b = new StringBuilder(name.length() + 8);
        int start = 0;
        while (true) {
            int dot = name.indexOf('.', start);
            int end = dot < 0 ? name.length() : dot;
            String part = name.substring(start, end);
            b.append(isPlainFunctionPart(name, start, end) ? part : quoteIdentifier(part));
            if (dot < 0) {
                return b.toString();
            }
            b.append('.');
            start = dot + 1;
        }
    }

    /** Whether every dot-separated part of {@code name} is plain (and there is no empty part). */
    private static boolean isPlainFunctionName(String name) {
        int start = 0;
        while (true) {
            int dot = name.indexOf('.', start);
            int end = dot < 0 ? name.length() : dot;
            if (!isPlainFunctionPart(name, start, end)) {
                return false;
            }
            if (dot < 0) {
                return true;
            }
            start = dot + 1;
        }
    }

    /** Whether {@code s[start, end)} is {@code [A-Za-z_][A-Za-z0-9_$]*}. */
    private static boolean isPlainFunctionPart(String s, int start, int end) {
        if (start >= end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            boolean letter = isLowerAsciiLetter(c) || c >= 'A' && c <= 'Z' || c == '_';
            if (!letter && (i == start || !isAsciiDigit(c) && c != '$')) {
                return false;
            }
        }
        return true;
    }

    /** A schema-qualified name from its parts. */
    public String formatQualified(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }
}
