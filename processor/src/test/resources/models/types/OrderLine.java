package example.types;

import dev.retort.annotations.Column;
import dev.retort.annotations.ForeignKeyAction;
import dev.retort.annotations.Table;

/** A composite primary key: (order_id, line_no). */
@Table(name = "order_lines", schema = "shop")
public class OrderLine implements Base {
    @Column(primaryKey = true, foreignKey = "shop.orders.id", onDelete = ForeignKeyAction.CASCADE) Long orderId;
    @Column(primaryKey = true) int lineNo;
    @Column(length = 64) String product;
    @Column(defaultValue = "1") Integer quantity;
    @Column(version = true) Long version;
}
