package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table public class SequenceType implements Base {
    @Column(primaryKey = true, sequence = "code_seq") String code; // <-
}
