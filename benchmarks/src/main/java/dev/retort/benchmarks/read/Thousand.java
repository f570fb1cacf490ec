package dev.retort.benchmarks.read;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** A table of exactly {@link ReadPath}'s small-select size, so the select reads every row (no range scan). */
@Table(name = "read_thousand")
public class Thousand implements ReadBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 255) String name;
    @Column(length = 255) String description;

    public Thousand() {}
}
