package dev.retort.sql;

import java.util.Map;

/** Builds {@code not(clause)} as SQLAlchemy negates: opposite operators where there is one, else {@code NOT}. */
final class Negation {
    private static final Map<Operator, Operator> OPPOSITES = Map.ofEntries(
            Map.entry(Operator.EQ, Operator.NE), Map.entry(Operator.NE, Operator.EQ),
            Map.entry(Operator.LT, Operator.GE), Map.entry(Operator.GE, Operator.LT),
            Map.entry(Operator.GT, Operator.LE), Map.entry(Operator.LE, Operator.GT),
            Map.entry(Operator.LIKE, Operator.NOT_LIKE), Map.entry(Operator.NOT_LIKE, Operator.LIKE),
            Map.entry(Operator.ILIKE, Operator.NOT_ILIKE), Map.entry(Operator.NOT_ILIKE, Operator.ILIKE),
            Map.entry(Operator.IN, Operator.NOT_IN), Map.entry(Operator.NOT_IN, Operator.IN),
            Map.entry(Operator.IS, Operator.IS_NOT), Map.entry(Operator.IS_NOT, Operator.IS));

    private Negation() {}

    static ColumnElement<Boolean> of(ColumnElement<Boolean> clause) {
        if (clause instanceof BooleanConstant) {
            return ((BooleanConstant) clause).value() ? BooleanConstant.FALSE : BooleanConstant.TRUE;
        }
        if (clause instanceof BinaryExpression) {
            BinaryExpression<?> b = (BinaryExpression<?>) clause;
            Operator opposite = OPPOSITES.get(b.operator());
            if (opposite != null) {
                return new BinaryExpression<>(b.left(), opposite, b.right(), SqlTypes.BOOLEAN, b.escape());
            }
        }
        if (clause instanceof Between) {
            Between b = (Between) clause;
            return new Between(b.expression(), b.low(), b.high(), !b.isNegated());
        }
        return UnaryExpression.prefix(Operator.NOT, clause, SqlTypes.BOOLEAN);
    }
}
