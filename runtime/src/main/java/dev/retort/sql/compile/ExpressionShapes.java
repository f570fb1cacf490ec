package dev.retort.sql.compile;

import dev.retort.sql.Between;
import dev.retort.sql.BinaryExpression;
import dev.retort.sql.BindParameter;
import dev.retort.sql.BooleanClauseList;
import dev.retort.sql.ClauseElement;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.Exists;
import dev.retort.sql.ExpressionList;
import dev.retort.sql.Label;
import dev.retort.sql.Null;
import dev.retort.sql.Operator;
import dev.retort.sql.UnaryExpression;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What {@link SqlCompiler} needs to know about the shape of an expression tree: operator
 * precedence (for grouping), operands that give a parameter no type, and the named parameters a
 * clause holds. Stateless.
 */
final class ExpressionShapes {
    private ExpressionShapes() {}

    static boolean isUntypedLeaf(ClauseElement e) {
        if (e instanceof BindParameter || e instanceof Null) {
            return true;
        }
        if (e instanceof ExpressionList) {
            for (ClauseElement c : ((ExpressionList) e).elements()) {
                if (!isUntypedLeaf(c)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    static boolean sameOperator(ColumnElement<?> e, Operator op) {
        return (e instanceof BinaryExpression && ((BinaryExpression<?>) e).operator() == op)
                || (e instanceof BooleanClauseList && ((BooleanClauseList) e).operator() == op);
    }

    static int precedence(ColumnElement<?> e) {
        if (e instanceof BinaryExpression) {
            return ((BinaryExpression<?>) e).operator().precedence();
        }
        if (e instanceof BooleanClauseList) {
            return ((BooleanClauseList) e).operator().precedence();
        }
        if (e instanceof Between) {
            return Operator.BETWEEN.precedence();
        }
        if (e instanceof Label) {
            return precedence(((Label<?>) e).element()); // a label inside an expression renders its element
        }
        if (e instanceof Exists) {
            return 0; // SQLAlchemy's precedence for EXISTS: grouped as an operand, (EXISTS (...)) OR ...
        }
        if (e instanceof UnaryExpression) {
            UnaryExpression<?> u = (UnaryExpression<?>) e;
            return u.operator() != null ? u.operator().precedence() : u.modifier().precedence();
        }
        return 100;
    }

    static Set<String> namedBinds(List<? extends ClauseElement> clauses) {
        Set<String> names = new LinkedHashSet<>();
        Consumer<ClauseElement> walker = new Consumer<>() {
            @Override
            public void accept(ClauseElement e) {
                if (e instanceof BindParameter && !((BindParameter<?>) e).isUnique()) {
                    names.add(((BindParameter<?>) e).key());
                } else if (e instanceof ColumnElement) {
                    ((ColumnElement<?>) e).children(this);
                }
            }
        };
        clauses.forEach(walker);
        return names;
    }
}
