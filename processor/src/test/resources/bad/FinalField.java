package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table public class FinalField implements Base {
    @Column(primaryKey = true) Long id;
    @Column final String code = "x"; // <-
}
