package dev.retort.benchmarks;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** A row whose key comes from a sequence, 1,000 keys per fetch: one fetch per JDBC batch. */
@Table(name = "pooled_sequence_row")
public class PooledSequenceRow implements KeyBenchBase {
    @Column(primaryKey = true, sequence = "pooled_sequence_row_seq", allocationSize = 1000) Long id;
    @Column(length = 255) String name;
    @Column(length = 255) String description;

    public PooledSequenceRow() {}

    public PooledSequenceRow(String name, String description) {
        this.name = name;
        this.description = description;
    }
}
