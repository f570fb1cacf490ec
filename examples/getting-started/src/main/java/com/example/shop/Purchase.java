package com.example.shop;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.math.BigDecimal;

/** One purchase by one customer. */
@Table(name = "purchases")
public class Purchase implements Base {
    @Column(primaryKey = true) Long id;
    @Column(foreignKey = "customers.id", nullable = false) Long customerId;
    @Column(length = 100, nullable = false) String item;
    @Column(precision = 10, scale = 2, nullable = false) BigDecimal amount;
    @Relationship(backPopulates = "purchases") Customer customer;

    /** For the mapper. */
    public Purchase() {}

    public Purchase(String item, String amount) {
        this.item = item;
        this.amount = new BigDecimal(amount);
    }
}
