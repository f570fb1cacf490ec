package dev.retort.sql;

import dev.retort.exc.ArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@code a AND b AND c} or {@code a OR b OR c}. Built by {@code and(...)} and {@code or(...)}. */
public final class BooleanClauseList extends ColumnElement<Boolean> {
    private final Operator operator;
    private final List<ColumnElement<Boolean>> clauses;

    private BooleanClauseList(Operator operator, List<ColumnElement<Boolean>> clauses) {
        this.operator = operator;
        this.clauses = List.copyOf(clauses);
    }

    /**
     * Conjunction; nested ANDs are flattened, a single clause is returned as is, {@code true_()}
     * is left out and {@code false_()} makes the whole {@code false_()}.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, or handed to List.of
    public static ColumnElement<Boolean> and(ColumnElement<Boolean>... clauses) {
        return of(Operator.AND, List.of(clauses));
    }

    /**
     * Disjunction; nested ORs are flattened, a single clause is returned as is, {@code false_()}
     * is left out and {@code true_()} makes the whole {@code true_()}.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, or handed to List.of
    public static ColumnElement<Boolean> or(ColumnElement<Boolean>... clauses) {
        return of(Operator.OR, List.of(clauses));
    }

    /** A conjunction or disjunction of a list of clauses. */
    public static ColumnElement<Boolean> of(Operator operator, List<ColumnElement<Boolean>> clauses) {
        if (operator != Operator.AND && operator != Operator.OR) {
            throw new ArgumentException("AND or OR, not " + operator);
        }
        // as SQLAlchemy: true_() is dropped from an AND and decides an OR; false_() the other way round
        BooleanConstant neutral = operator == Operator.AND ? BooleanConstant.TRUE : BooleanConstant.FALSE;
        BooleanConstant decisive = operator == Operator.AND ? BooleanConstant.FALSE : BooleanConstant.TRUE;
        List<ColumnElement<Boolean>> flat = new ArrayList<>(clauses.size());
        boolean sawNeutral = false;
        for (ColumnElement<Boolean> c : clauses) {
            if (c == decisive) {
                return decisive;
            } else if (c == neutral) {
                sawNeutral = true;
            } else if (c instanceof BooleanClauseList && ((BooleanClauseList) c).operator == operator) {
                flat.addAll(((BooleanClauseList) c).clauses);
            } else if (c != null) {
                flat.add(c);
            }
        }
        if (flat.isEmpty() && sawNeutral) {
            return neutral;
        }
        if (flat.isEmpty()) {
            throw new ArgumentException(operator + " needs at least one clause");
        }
        if (flat.size() == 1) {
            return flat.get(0);
        }
        return new BooleanClauseList(operator, flat);
    }

    /** {@link Operator#AND} or {@link Operator#OR}. */
    public Operator operator() {
        return operator;
    }

    /** The joined conditions, at least two; nested lists with the same operator are already flattened. */
    public List<ColumnElement<Boolean>> clauses() {
        return clauses;
    }

    @Override
    public SqlType<Boolean> type() {
        return SqlTypes.BOOLEAN;
    }

    @Override
    public void children(Consumer<ClauseElement> consumer) {
        clauses.forEach(consumer);
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitBooleanList(this);
    }
}
