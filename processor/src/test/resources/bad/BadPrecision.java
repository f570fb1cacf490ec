package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;
import java.math.BigDecimal;

@DeclarativeBase interface Base {}

@Table public class BadPrecision implements Base {
    @Column(primaryKey = true) Long id;
    @Column(precision = 4, scale = 6) BigDecimal rate; // <-
}
