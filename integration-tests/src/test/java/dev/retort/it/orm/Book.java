package dev.retort.it.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** A book; its author relationship is declared by {@link Author#books}'s backref. */
@Table(name = "books")
public class Book implements OrmBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 80) String title;
    @Column(foreignKey = "authors.id") Long authorId;

    public Book() {}

    Book(String title) {
        this.title = title;
    }
}
