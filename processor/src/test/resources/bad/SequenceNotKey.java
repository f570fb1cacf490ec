package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table public class SequenceNotKey implements Base {
    @Column(primaryKey = true) Long id;
    @Column(sequence = "ticket_seq") Long ticket; // <-
}
