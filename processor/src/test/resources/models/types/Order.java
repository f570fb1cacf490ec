package example.types;

import dev.retort.annotations.Column;
import dev.retort.annotations.ColumnType;
import dev.retort.annotations.Index;
import dev.retort.annotations.Table;
import dev.retort.annotations.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Every kind of column type. */
@Table(name = "orders", schema = "shop",
        indexes = @Index(columns = {"customer", "placedAt"}),
        uniqueConstraints = @UniqueConstraint(name = "uq_orders_reference", columns = "reference"))
public class Order implements Base {
    @Column(primaryKey = true) long id;
    @Column(nullable = false) UUID reference;
    @Column(length = 80, index = true) String customer;
    @Column(type = ColumnType.TEXT) String notes;
    @Column(defaultValue = "NEW") Status status;
    @Column(converter = MoneyConverter.class, precision = 12, scale = 2, defaultValue = "0.00") Money total;
    @Column(precision = 5, scale = 3) BigDecimal taxRate;
    @Column LocalDateTime placedAt;
    @Column(serverDefault = "CURRENT_DATE") LocalDate created;
    @Column OffsetDateTime shippedAt;
    @Column byte[] signature;
    @Column boolean gift;
    @Column int itemCount;
    @Column Short priority;
    @Column Float weight;
    @Column(defaultValue = "true") Boolean active;
    @Column(version = true) int version;
}
