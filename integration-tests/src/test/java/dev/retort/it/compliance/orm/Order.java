package dev.retort.it.compliance.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** SQLAlchemy's fixture {@code Order}. */
@Table(name = "orders")
public class Order implements ComplianceBase {
    @Column(primaryKey = true) Long id;
    @Column(foreignKey = "users.id") Long userId;
    @Column(foreignKey = "addresses.id") Long addressId;
    @Column(length = 30) String description;
    @Column Integer isopen;
    @Relationship(backPopulates = "orders") User user;
    @Relationship(secondary = "order_items", backPopulates = "orders", orderBy = "id")
    List<Item> items = new ArrayList<>();

    public Order() {}

    Order(String description) {
        this.description = description;
    }

    @Override
    public String toString() {
        return "Order(" + id + ", " + description + ")";
    }
}
