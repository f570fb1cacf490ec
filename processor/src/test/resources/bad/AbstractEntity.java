package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table public abstract class AbstractEntity implements Base { // <-
    @Column(primaryKey = true) Long id;
}
