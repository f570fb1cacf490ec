package dev.retort.benchmarks.read;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** A row of three columns (the shape of the bulk-operations example's customer), loaded by {@link ReadPath}. */
@Table(name = "read_person")
public class Person implements ReadBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 255) String name;
    @Column(length = 255) String description;

    public Person() {}

    public Person(String name, String description) {
        this.name = name;
        this.description = description;
    }
}
