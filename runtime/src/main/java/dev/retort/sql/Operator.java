package dev.retort.sql;

/**
 * SQL operators with their precedence, used by the compiler to decide where parentheses are
 * needed: a child whose operator binds less tightly than its parent's is parenthesized.
 */
public enum Operator {
    OR("OR", 2),
    AND("AND", 3),
    NOT("NOT", 4),
    EQ("=", 5),
    NE("!=", 5),
    LT("<", 5),
    LE("<=", 5),
    GT(">", 5),
    GE(">=", 5),
    LIKE("LIKE", 5),
    NOT_LIKE("NOT LIKE", 5),
    ILIKE("ILIKE", 5),
    NOT_ILIKE("NOT ILIKE", 5),
    IN("IN", 5),
    NOT_IN("NOT IN", 5),
    IS("IS", 5),
    IS_NOT("IS NOT", 5),
    BETWEEN("BETWEEN", 5),
    CONCAT("||", 6),
    ADD("+", 7),
    SUB("-", 7),
    MUL("*", 8),
    DIV("/", 8),
    MOD("%", 8),
    NEG("-", 9),
    EXISTS("EXISTS", 10),
    DISTINCT("DISTINCT", 10),
    ASC("ASC", 1),
    DESC("DESC", 1),
    NULLS_FIRST("NULLS FIRST", 1),
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
