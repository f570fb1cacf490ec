package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table public class ReservedName implements Base {
    @Column(primaryKey = true) Long id;
    @Column String TABLE; // <-
}
