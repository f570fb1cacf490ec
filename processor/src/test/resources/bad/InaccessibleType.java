package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table public class InaccessibleType implements Base {
    private enum Mood { HAPPY, SAD }

    @Column(primaryKey = true) Long id;
    @Column Mood mood; // <-
}
