package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table(name = "users") public class InternalError implements Base { // <-
    @Column(primaryKey = true) Long id;
}
