package dev.retort.it.orm;

import java.math.BigDecimal;

/** A type Retort does not map, stored through {@link MoneyConverter}. */
public record Money(BigDecimal amount) {}
