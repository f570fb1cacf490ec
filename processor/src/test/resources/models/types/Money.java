package example.types;

import java.math.BigDecimal;

public record Money(BigDecimal amount) {}
