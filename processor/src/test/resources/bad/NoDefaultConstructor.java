package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table public class NoDefaultConstructor implements Base { // <-
    @Column(primaryKey = true) Long id;

    public NoDefaultConstructor(Long id) {
        this.id = id;
    }
}
