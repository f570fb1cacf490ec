package example.sequence;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** A record with a primitive key from a sequence, 1,000 keys per round trip. */
@Table(name = "stamps")
public record Stamp(
        @Column(primaryKey = true, sequence = "stamp_seq", allocationSize = 1000) int id,
        @Column String label) implements Base {}
