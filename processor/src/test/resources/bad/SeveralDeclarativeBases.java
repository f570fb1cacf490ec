package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface BaseA {}

@DeclarativeBase interface BaseB {}

@Table public class SeveralDeclarativeBases implements BaseA, BaseB { // <-
    @Column(primaryKey = true) Long id;
}
