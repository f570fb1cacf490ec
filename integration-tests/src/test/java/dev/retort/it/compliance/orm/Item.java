package dev.retort.it.compliance.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** SQLAlchemy's fixture {@code Item}. */
@Table(name = "items")
public class Item implements ComplianceBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 30, nullable = false) String description;
    @Relationship(secondary = "order_items", backPopulates = "items", orderBy = "id")
    List<Order> orders = new ArrayList<>();
    @Relationship(secondary = "item_keywords", orderBy = "id")
    List<Keyword> keywords = new ArrayList<>();

    public Item() {}

    Item(String description) {
        this.description = description;
    }

    @Override
    public String toString() {
        return "Item(" + id + ", " + description + ")";
    }
}
