package dev.retort.it.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** A record: immutable, mapped through its canonical constructor; keys are assigned, not generated. */
@Table(name = "points")
public record Point(@Column(primaryKey = true, autoincrement = false) Long id, @Column int x, @Column int y)
        implements OrmBase {}
