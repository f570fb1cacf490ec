package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table(name = "items") class Item implements Base { // <-
    @Column(primaryKey = true) Long id;
}

@Table(name = "items") public class DuplicateTable implements Base {
    @Column(primaryKey = true) Long id;
}
