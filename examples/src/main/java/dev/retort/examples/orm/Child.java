package dev.retort.examples.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** The many-to-many example's Child, on table {@code right}. */
@Table(name = "right")
public class Child implements Base {
    @Column(primaryKey = true) Long id;
    @Column(length = 50) String name;

    public Child() {}

    public Child(String name) {
        this.name = name;
    }
}
