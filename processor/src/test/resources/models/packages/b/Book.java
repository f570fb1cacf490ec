package example.packages.b;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import example.packages.Base;
import example.packages.a.Author;

@Table(name = "books")
public class Book implements Base {
    @Column(primaryKey = true) Long id;
    @Column String title;
    @Column(foreignKey = "authors.id", onDelete = dev.retort.annotations.ForeignKeyAction.CASCADE) Long authorId;
    @Relationship(backPopulates = "books") public Author author;
}
