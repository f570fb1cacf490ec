package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table(name = "eggs") class Egg implements Base { // <-
    @Column(primaryKey = true) Long id;
    @Column(foreignKey = "hens.id") Long henId;
}

@Table(name = "hens") public class ForeignKeyCycle implements Base {
    @Column(primaryKey = true) Long id;
    @Column(foreignKey = "eggs.id") Long eggId;
}
