package dev.retort.it.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.ColumnType;
import dev.retort.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Every kind of column, through the session. */
@Table(name = "products")
public class Product implements OrmBase {
    @Column(primaryKey = true) Long id;
    @Column(nullable = false) UUID reference;
    @Column(length = 80) String name;
    @Column(type = ColumnType.TEXT) String notes;
    @Column(defaultValue = "NEW") Status status;
    @Column(converter = MoneyConverter.class, precision = 12, scale = 2) Money price;
    @Column(precision = 5, scale = 3) BigDecimal taxRate;
    @Column LocalDateTime listedAt;
    @Column LocalDate released;
    @Column OffsetDateTime shippedAt;
    @Column byte[] image;
    @Column boolean gift;
    @Column int stock;
    @Column(defaultValue = "true") Boolean active;
    @Column(version = true) int version;
}
