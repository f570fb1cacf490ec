package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table(name = "users") public class NoPrimaryKey implements Base { // <-
    @Column Long id;
    @Column String name;
}
