package dev.retort.it.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;

/** One side of a one-to-one: the foreign key is on {@link Passport}. */
@Table(name = "people")
public class Person implements OrmBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 50) String name;
    @Relationship(backPopulates = "holder", uselist = false) Passport passport;

    public Person() {}

    Person(String name) {
        this.name = name;
    }
}
