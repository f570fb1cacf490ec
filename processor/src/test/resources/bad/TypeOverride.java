package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.ColumnType;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table public class TypeOverride implements Base {
    @Column(primaryKey = true) Long id;
    @Column(type = ColumnType.TEXT) Integer count; // <-
}
