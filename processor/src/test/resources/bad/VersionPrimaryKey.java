package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table public class VersionPrimaryKey implements Base {
    @Column(primaryKey = true, version = true) Long id; // <-
}
