package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table(name = "people") public class MappedTwice implements Base {
    @Column(primaryKey = true) Long id;
}

@Table(name = "persons", maps = MappedTwice.class) class MappedTwiceAgain implements Base { // <-
    @Column(primaryKey = true) Long id;
}
