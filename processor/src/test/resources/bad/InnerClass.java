package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

public class InnerClass {
    @Table public class Item implements Base { // <-
        @Column(primaryKey = true) Long id;
    }
}
