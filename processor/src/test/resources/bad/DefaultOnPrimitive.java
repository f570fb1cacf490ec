package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table public class DefaultOnPrimitive implements Base {
    @Column(primaryKey = true) Long id;
    @Column(defaultValue = "1") int quantity; // <-
}
