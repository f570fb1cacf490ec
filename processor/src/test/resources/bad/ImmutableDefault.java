package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table public record ImmutableDefault(
        @Column(primaryKey = true, autoincrement = false) Long id,
        @Column(defaultValue = "n/a") String label) implements Base {} // <-
