package dev.retort.examples.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** The ORM tutorial's User. */
@Table(name = "users")
public class User implements Base {
    @Column(primaryKey = true) Long id;
    @Column String name;
    @Column(length = 100, nullable = false) String fullname;
    @Column String password;
    @Column Integer age;
    @Relationship(backPopulates = "user", orderBy = "id")
    List<Address> addresses = new ArrayList<>();

    public User() {}

    public User(String name, String fullname, String password) {
        this.name = name;
        this.fullname = fullname;
        this.password = password;
    }

    @Override
    public String toString() {
        return "<User(name='" + name + "', fullname='" + fullname + "', password='" + password + "')>";
    }
}
