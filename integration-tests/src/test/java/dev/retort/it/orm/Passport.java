package dev.retort.it.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;

/** The other side of a one-to-one, holding the (unique) foreign key. */
@Table(name = "passports")
public class Passport implements OrmBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 20) String number;
    @Column(foreignKey = "people.id", unique = true) Long holderId;
    @Relationship(backPopulates = "passport") Person holder;

    public Passport() {}

    Passport(String number) {
        this.number = number;
    }
}
