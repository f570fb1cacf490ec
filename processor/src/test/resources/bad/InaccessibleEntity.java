package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

public class InaccessibleEntity {
    @Table private static class Item implements Base { // <-
        @Column(primaryKey = true) Long id;
    }
}
