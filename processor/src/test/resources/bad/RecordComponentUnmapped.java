package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table public record RecordComponentUnmapped(
        @Column(primaryKey = true, autoincrement = false) Long id,
        String note) implements Base {} // <-
