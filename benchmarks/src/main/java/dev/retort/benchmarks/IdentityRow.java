package dev.retort.benchmarks;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** A row whose key is an identity column: the database generates it, the flush reads it back. */
@Table(name = "identity_row")
public class IdentityRow implements KeyBenchBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 255) String name;
    @Column(length = 255) String description;

    public IdentityRow() {}

    public IdentityRow(String name, String description) {
        this.name = name;
        this.description = description;
    }
}
