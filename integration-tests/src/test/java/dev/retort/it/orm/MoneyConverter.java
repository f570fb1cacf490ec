package dev.retort.it.orm;

import dev.retort.annotations.Converter;
import java.math.BigDecimal;

/** Stores {@link Money} as NUMERIC. */
public final class MoneyConverter implements Converter<Money, BigDecimal> {
    @Override
    public BigDecimal toDatabase(Money value) {
        return value.amount();
    }

    @Override
    public Money toJava(BigDecimal value) {
        return new Money(value);
    }
}
