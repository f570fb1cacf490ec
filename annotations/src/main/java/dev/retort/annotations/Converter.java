package dev.retort.annotations;

/**
 * Converts between a field's Java type and a type the database can store, for
 * {@link Column#converter()}. Implementations need a public no-argument constructor; generated
 * code creates one instance with {@code new} and shares it, so they must be thread-safe
 * (stateless is best).
 *
 * <pre>{@code
 * public final class MoneyConverter implements Converter<Money, BigDecimal> {
 *     public BigDecimal toDatabase(Money m) { return m.amount(); }
 *     public Money toJava(BigDecimal d) { return new Money(d); }
 * }
 * }</pre>
 *
 * @param <J> the field's Java type (a class without type arguments, as generated code names it
 *     with {@code J.class})
 * @param <D> the stored type: one of the types Retort maps (String, Long, BigDecimal, ...)
 */
public interface Converter<J, D> {

    /** The value to store for {@code value} (never called with {@code null}). */
    D toDatabase(J value);

    /** The field value for a stored value (never called with {@code null}). */
    J toJava(D value);
}
