package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table public class SequenceAllocationSize implements Base {
    @Column(primaryKey = true, sequence = "id_seq", allocationSize = 0) Long id; // <-
}
