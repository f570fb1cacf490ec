package com.example.shop;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** A customer, with the purchases they made. */
@Table(name = "customers")
public class Customer implements Base {
    @Column(primaryKey = true) Long id;
    @Column(length = 100, nullable = false) String name;
    @Column(length = 200, unique = true) String email;
    @Relationship(backPopulates = "customer", orderBy = "id") List<Purchase> purchases = new ArrayList<>();

    /** For the mapper, which creates customers as it reads them. */
    public Customer() {}

    public Customer(String name, String email) {
        this.name = name;
        this.email = email;
    }
}
