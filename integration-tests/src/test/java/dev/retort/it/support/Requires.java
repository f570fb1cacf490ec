package dev.retort.it.support;

import dev.retort.dialect.Feature;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test only where the database has the features; elsewhere it is reported as skipped, with
 * the dialect and the missing feature in the reason. The test class must implement
 * {@link DialectAware}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@ExtendWith(RequiresCondition.class)
public @interface Requires {
    Feature[] value();
}
