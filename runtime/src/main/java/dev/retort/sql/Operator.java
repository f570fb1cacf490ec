package dev.retort.sql;

/**
 * SQL operators with their precedence, used by the compiler to decide where parentheses are
 * needed: a child whose operator binds less tightly than its parent's is parenthesized.
 */
public enum Operator {
    /** Logical {@code a OR b}. */
    OR("OR", 2),
    /** Logical {@code a AND b}. */
    AND("AND", 3),
    /** Logical {@code NOT a}, a prefix operator. */
    NOT("NOT", 4),
    /** {@code a = b}. */
    EQ("=", 5),
    /** {@code a != b}; Derby renders {@code <>}. */
    NE("!=", 5),
    /** {@code a < b}. */
    LT("<", 5),
    /** {@code a <= b}. */
    LE("<=", 5),
    /** {@code a > b}. */
    GT(">", 5),
    /** {@code a >= b}. */
    GE(">=", 5),
    /** {@code a LIKE pattern}. */
    LIKE("LIKE", 5),
    /** {@code a NOT LIKE pattern}. */
    NOT_LIKE("NOT LIKE", 5),
    /**
     * Case-insensitive {@code a ILIKE pattern}; {@code lower(a) LIKE lower(pattern)} on databases
     * without ILIKE.
     */
    ILIKE("ILIKE", 5),
    /**
     * Case-insensitive {@code a NOT ILIKE pattern}; {@code lower(a) NOT LIKE lower(pattern)} on
     * databases without ILIKE.
     */
    NOT_ILIKE("NOT ILIKE", 5),
    /** {@code a IN (b, c, ...)} or {@code a IN (SELECT ...)}. */
    IN("IN", 5),
    /** {@code a NOT IN (b, c, ...)} or {@code a NOT IN (SELECT ...)}. */
    NOT_IN("NOT IN", 5),
    /** {@code a IS b}, as in {@code a IS NULL}. */
    IS("IS", 5),
    /** {@code a IS NOT b}, as in {@code a IS NOT NULL}. */
    IS_NOT("IS NOT", 5),
    /** {@code a BETWEEN low AND high}; gives {@link Between} its precedence. */
    BETWEEN("BETWEEN", 5),
    /** String concatenation, {@code a || b}. */
    CONCAT("||", 5),
    /** Addition, {@code a + b}. */
    ADD("+", 7),
    /** Subtraction, {@code a - b}. */
    SUB("-", 7),
    /** Multiplication, {@code a * b}. */
    MUL("*", 8),
    /** Division, {@code a / b}. */
    DIV("/", 8),
    /** Unary minus, {@code -a}, a prefix operator. */
    NEG("-", 8),
    /** {@code DISTINCT a}, a prefix operator for aggregate arguments: {@code count(DISTINCT a)}. */
    DISTINCT("DISTINCT", 10),
    /** Ascending order, {@code a ASC}; a postfix modifier for ORDER BY. */
    ASC("ASC", 1),
    /** Descending order, {@code a DESC}; a postfix modifier for ORDER BY. */
    DESC("DESC", 1),
    /** {@code a NULLS FIRST}; a postfix modifier for ORDER BY. */
    NULLS_FIRST("NULLS FIRST", 1),
    /** {@code a NULLS LAST}; a postfix modifier for ORDER BY. */
    NULLS_LAST("NULLS LAST", 1);

    private final String sql;
    private final int precedence;

    Operator(String sql, int precedence) {
        this.sql = sql;
        this.precedence = precedence;
    }

    /** The operator's SQL text in generic SQL. */
    public String sql() {
        return sql;
    }

    /** Higher binds tighter. */
    public int precedence() {
        return precedence;
    }

    /** Whether {@code a op (b op c)} equals {@code (a op b) op c}, so equal precedence needs no parentheses. */
    public boolean isAssociative() {
        return this == AND || this == OR || this == ADD || this == MUL || this == CONCAT;
    }

    /** Whether this operator compares and yields a boolean. */
    public boolean isComparison() {
        return precedence == 5;
    }
}
