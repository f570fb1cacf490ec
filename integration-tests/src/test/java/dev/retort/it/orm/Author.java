package dev.retort.it.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** A backref: {@code Book_.author} exists in the metamodel though Book has no field for it. */
@Table(name = "authors")
public class Author implements OrmBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 50) String name;
    @Relationship(backref = "author", orderBy = "title") List<Book> books = new ArrayList<>();

    public Author() {}

    Author(String name) {
        this.name = name;
    }
}
