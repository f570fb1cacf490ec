package example.deferred;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase
interface Base {}

/** Mood is written by another processor in the first round, so Retort must wait for it. */
@Table(name = "people")
public class Person implements Base {
    @Column(primaryKey = true) Long id;
    @Column Mood mood;
}
