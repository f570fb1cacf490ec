package dev.retort.benchmarks;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** A row whose key comes from a sequence, 50 keys per fetch (the default allocation size). */
@Table(name = "sequence_row")
public class SequenceRow implements KeyBenchBase {
    @Column(primaryKey = true, sequence = "sequence_row_seq") Long id;
    @Column(length = 255) String name;
    @Column(length = 255) String description;

    public SequenceRow() {}

    public SequenceRow(String name, String description) {
        this.name = name;
        this.description = description;
    }
}
