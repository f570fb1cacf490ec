package example.packages.a;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import example.packages.Base;
import example.packages.b.Book;
import java.util.ArrayList;
import java.util.List;

@Table(name = "authors")
public class Author implements Base {
    @Column(primaryKey = true) Long id;
    @Column(nullable = false) String name;
    @Relationship(backPopulates = "author", orderBy = "title")
    public List<Book> books = new ArrayList<>();
}
