package dev.retort.it.support;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Feature;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Evaluates {@link Requires} against the test instance's dialect. */
public final class RequiresCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Requires> requires = context.getElement().map(e -> e.getAnnotation(Requires.class));
        Optional<Object> instance = context.getTestInstance();
        if (requires.isEmpty() || requires.get() == null || instance.isEmpty()
                || !(instance.get() instanceof DialectAware)) {
            return ConditionEvaluationResult.enabled("no feature requirement");
        }
        Dialect dialect = ((DialectAware) instance.get()).dialect();
        for (Feature f : requires.get().value()) {
            if (!dialect.supports(f)) {
                return ConditionEvaluationResult.disabled(dialect.name() + " lacks " + f);
            }
        }
        return ConditionEvaluationResult.enabled(dialect.name() + " has the features");
    }
}
