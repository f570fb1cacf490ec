package dev.retort.it.support;

import dev.retort.dialect.Dialect;

/** A test that knows which dialect it runs on, for {@link Requires}. */
public interface DialectAware {
    Dialect dialect();
}
