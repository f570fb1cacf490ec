package dev.retort.it.orm;

import dev.retort.annotations.Cascade;
import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** The tutorial's User, with an age (seed 004) and a unique name. */
@Table(name = "users")
public class User implements OrmBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, unique = true) String name;
    @Column(length = 100) String fullname;
    @Column(length = 50) String password;
    @Column Integer age;
    @Relationship(backPopulates = "user", orderBy = "id",
            cascade = {Cascade.SAVE_UPDATE, Cascade.MERGE, Cascade.DELETE, Cascade.DELETE_ORPHAN})
    List<Address> addresses = new ArrayList<>();

    public User() {}

    public User(String name, String fullname, String password) {
        this.name = name;
        this.fullname = fullname;
        this.password = password;
    }

    User age(int age) {
        this.age = age;
        return this;
    }

    @Override
    public String toString() {
        return "<User(name='" + name + "', fullname='" + fullname + "', password='" + password + "')>";
    }
}
