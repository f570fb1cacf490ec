package example.types;

import dev.retort.orm.mapping.Attribute;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.Column;
import dev.retort.sql.Index;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import dev.retort.sql.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The Retort metamodel and mapper of {@link Order}, table {@code shop.orders}: the Core table, typed
 * attributes and relationships for queries, and the straight-line code that moves its state
 * to and from rows. Generated from the class's annotations; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class Order_ {
    private static final MoneyConverter CONVERTER_TOTAL = new MoneyConverter();

    /**
     * The table {@code shop.orders}.
     */
    public static final Table TABLE = Table.builder("orders")
            .home(Base_::metadata)
            .schema("shop")
            .add(
                    new Column<>("id", SqlTypes.BIGINT).primaryKey(),
                    new Column<>("reference", SqlTypes.UUID_TYPE).nullable(false),
                    new Column<>("customer", SqlTypes.string(80)).index(),
                    new Column<>("notes", SqlTypes.TEXT),
                    new Column<>("status", SqlTypes.enumType(Status.values())).defaultValue(Status.NEW),
                    new Column<>("total", SqlTypes.converted(Money.class, SqlTypes.numeric(12, 2), CONVERTER_TOTAL::toDatabase, CONVERTER_TOTAL::toJava)).defaultValue(CONVERTER_TOTAL.toJava(new BigDecimal("0.00"))),
                    new Column<>("tax_rate", SqlTypes.numeric(5, 3)),
                    new Column<>("placed_at", SqlTypes.TIMESTAMP),
                    new Column<>("created", SqlTypes.DATE).serverDefault("CURRENT_DATE"),
                    new Column<>("shipped_at", SqlTypes.TIMESTAMP_TZ),
                    new Column<>("signature", SqlTypes.BLOB),
                    new Column<>("gift", SqlTypes.BOOLEAN).nullable(false),
                    new Column<>("item_count", SqlTypes.INTEGER).nullable(false),
                    new Column<>("priority", SqlTypes.SMALLINT),
                    new Column<>("weight", SqlTypes.REAL),
                    new Column<>("active", SqlTypes.BOOLEAN).defaultValue(true),
                    new Column<>("version", SqlTypes.INTEGER).nullable(false),
                    new Index("ix_orders_customer_placed_at", List.of("customer", "placed_at"), false),
                    new UniqueConstraint("uq_orders_reference", List.of("reference")))
            .build();

    public static final Attribute<Order, Long> id = new Attribute<>(Order.class, "id", TABLE.c("id"), 0);

    public static final Attribute<Order, UUID> reference = new Attribute<>(Order.class, "reference", TABLE.c("reference"), 1);

    public static final Attribute<Order, String> customer = new Attribute<>(Order.class, "customer", TABLE.c("customer"), 2);

    public static final Attribute<Order, String> notes = new Attribute<>(Order.class, "notes", TABLE.c("notes"), 3);

    public static final Attribute<Order, Status> status = new Attribute<>(Order.class, "status", TABLE.c("status"), 4);

    public static final Attribute<Order, Money> total = new Attribute<>(Order.class, "total", TABLE.c("total"), 5);

    public static final Attribute<Order, BigDecimal> taxRate = new Attribute<>(Order.class, "taxRate", TABLE.c("tax_rate"), 6);

    public static final Attribute<Order, LocalDateTime> placedAt = new Attribute<>(Order.class, "placedAt", TABLE.c("placed_at"), 7);

    public static final Attribute<Order, LocalDate> created = new Attribute<>(Order.class, "created", TABLE.c("created"), 8);

    public static final Attribute<Order, OffsetDateTime> shippedAt = new Attribute<>(Order.class, "shippedAt", TABLE.c("shipped_at"), 9);

    public static final Attribute<Order, byte[]> signature = new Attribute<>(Order.class, "signature", TABLE.c("signature"), 10);

    public static final Attribute<Order, Boolean> gift = new Attribute<>(Order.class, "gift", TABLE.c("gift"), 11);

    public static final Attribute<Order, Integer> itemCount = new Attribute<>(Order.class, "itemCount", TABLE.c("item_count"), 12);

    public static final Attribute<Order, Short> priority = new Attribute<>(Order.class, "priority", TABLE.c("priority"), 13);

    public static final Attribute<Order, Float> weight = new Attribute<>(Order.class, "weight", TABLE.c("weight"), 14);

    public static final Attribute<Order, Boolean> active = new Attribute<>(Order.class, "active", TABLE.c("active"), 15);

    public static final Attribute<Order, Integer> version = new Attribute<>(Order.class, "version", TABLE.c("version"), 16);

    private static final List<Attribute<Order, ?>> ATTRIBUTES = List.of(id, reference, customer, notes, status, total, taxRate, placedAt, created, shippedAt, signature, gift, itemCount, priority, weight, active, version);

    private static final List<Relation<Order, ?>> RELATIONS = List.of();

    /**
     * Creates, reads and compares {@link Order} objects for the session.
     */
    public static final EntityMapper<Order> MAPPER = new Mapper();

    private Order_() {
    }

    static final class Mapper implements EntityMapper<Order> {
        @Override
        public Class<Order> entityType() {
            return Order.class;
        }

        @Override
        public String entityName() {
            return "Order";
        }

        @Override
        public Table table() {
            return TABLE;
        }

        @Override
        public List<Attribute<Order, ?>> attributes() {
            return ATTRIBUTES;
        }

        @Override
        public List<Relation<Order, ?>> relations() {
            return RELATIONS;
        }

        @Override
        public int[] primaryKeyIndexes() {
            return new int[] {0};
        }

        @Override
        public int autoincrementIndex() {
            return 0;
        }

        @Override
        public int versionIndex() {
            return 16;
        }

        @Override
        public boolean isImmutable() {
            return false;
        }

        @Override
        public Order newInstance(Object[] row, int offset) {
            Order entity = new Order();
            populate(entity, row, offset);
            return entity;
        }

        @Override
        public void populate(Order entity, Object[] row, int offset) {
            entity.id = row[offset] == null ? 0L : (long) row[offset];
            entity.reference = (UUID) row[offset + 1];
            entity.customer = (String) row[offset + 2];
            entity.notes = (String) row[offset + 3];
            entity.status = (Status) row[offset + 4];
            entity.total = (Money) row[offset + 5];
            entity.taxRate = (BigDecimal) row[offset + 6];
            entity.placedAt = (LocalDateTime) row[offset + 7];
            entity.created = (LocalDate) row[offset + 8];
            entity.shippedAt = (OffsetDateTime) row[offset + 9];
            entity.signature = (byte[]) row[offset + 10];
            entity.gift = row[offset + 11] == null ? false : (boolean) row[offset + 11];
            entity.itemCount = row[offset + 12] == null ? 0 : (int) row[offset + 12];
            entity.priority = (Short) row[offset + 13];
            entity.weight = (Float) row[offset + 14];
            entity.active = (Boolean) row[offset + 15];
            entity.version = row[offset + 16] == null ? 0 : (int) row[offset + 16];
        }

        @Override
        public void readValues(Order entity, Object[] target, int offset) {
            target[offset] = entity.id;
            target[offset + 1] = entity.reference;
            target[offset + 2] = entity.customer;
            target[offset + 3] = entity.notes;
            target[offset + 4] = entity.status;
            target[offset + 5] = entity.total;
            target[offset + 6] = entity.taxRate;
            target[offset + 7] = entity.placedAt;
            target[offset + 8] = entity.created;
            target[offset + 9] = entity.shippedAt;
            target[offset + 10] = entity.signature;
            target[offset + 11] = entity.gift;
            target[offset + 12] = entity.itemCount;
            target[offset + 13] = entity.priority;
            target[offset + 14] = entity.weight;
            target[offset + 15] = entity.active;
            target[offset + 16] = entity.version;
        }

        @Override
        public int changedColumns(Order entity, Object[] snapshot, int[] changed) {
            int n = 0;
            if (snapshot[0] == null || (Long) snapshot[0] != entity.id) {
                changed[n++] = 0;
            }
            if (!Objects.equals(entity.reference, snapshot[1])) {
                changed[n++] = 1;
            }
            if (!Objects.equals(entity.customer, snapshot[2])) {
                changed[n++] = 2;
            }
            if (!Objects.equals(entity.notes, snapshot[3])) {
                changed[n++] = 3;
            }
            if (!Objects.equals(entity.status, snapshot[4])) {
                changed[n++] = 4;
            }
            if (!Objects.equals(entity.total, snapshot[5])) {
                changed[n++] = 5;
            }
            if (!Objects.equals(entity.taxRate, snapshot[6])) {
                changed[n++] = 6;
            }
            if (!Objects.equals(entity.placedAt, snapshot[7])) {
                changed[n++] = 7;
            }
            if (!Objects.equals(entity.created, snapshot[8])) {
                changed[n++] = 8;
            }
            if (!Objects.equals(entity.shippedAt, snapshot[9])) {
                changed[n++] = 9;
            }
            if (!Arrays.equals(entity.signature, (byte[]) snapshot[10])) {
                changed[n++] = 10;
            }
            if (snapshot[11] == null || (Boolean) snapshot[11] != entity.gift) {
                changed[n++] = 11;
            }
            if (snapshot[12] == null || (Integer) snapshot[12] != entity.itemCount) {
                changed[n++] = 12;
            }
            if (!Objects.equals(entity.priority, snapshot[13])) {
                changed[n++] = 13;
            }
            if (!Objects.equals(entity.weight, snapshot[14])) {
                changed[n++] = 14;
            }
            if (!Objects.equals(entity.active, snapshot[15])) {
                changed[n++] = 15;
            }
            if (snapshot[16] == null || (Integer) snapshot[16] != entity.version) {
                changed[n++] = 16;
            }
            return n;
        }

        @Override
        public Object get(Order entity, int index) {
            switch (index) {
                case 0: return entity.id;
                case 1: return entity.reference;
                case 2: return entity.customer;
                case 3: return entity.notes;
                case 4: return entity.status;
                case 5: return entity.total;
                case 6: return entity.taxRate;
                case 7: return entity.placedAt;
                case 8: return entity.created;
                case 9: return entity.shippedAt;
                case 10: return entity.signature;
                case 11: return entity.gift;
                case 12: return entity.itemCount;
                case 13: return entity.priority;
                case 14: return entity.weight;
                case 15: return entity.active;
                case 16: return entity.version;
                default: throw new IndexOutOfBoundsException("Order has no column " + index);
            }
        }

        @Override
        public void set(Order entity, int index, Object value) {
            switch (index) {
                case 0 -> entity.id = value == null ? 0L : (long) value;
                case 1 -> entity.reference = (UUID) value;
                case 2 -> entity.customer = (String) value;
                case 3 -> entity.notes = (String) value;
                case 4 -> entity.status = (Status) value;
                case 5 -> entity.total = (Money) value;
                case 6 -> entity.taxRate = (BigDecimal) value;
                case 7 -> entity.placedAt = (LocalDateTime) value;
                case 8 -> entity.created = (LocalDate) value;
                case 9 -> entity.shippedAt = (OffsetDateTime) value;
                case 10 -> entity.signature = (byte[]) value;
                case 11 -> entity.gift = value == null ? false : (boolean) value;
                case 12 -> entity.itemCount = value == null ? 0 : (int) value;
                case 13 -> entity.priority = (Short) value;
                case 14 -> entity.weight = (Float) value;
                case 15 -> entity.active = (Boolean) value;
                case 16 -> entity.version = value == null ? 0 : (int) value;
                default -> throw new IndexOutOfBoundsException("Order has no column " + index);
            }
        }

        @Override
        public Object primaryKey(Order entity) {
            return entity.id == 0L ? null : entity.id;
        }

        @Override
        public Object getRelated(Order entity, int index) {
            switch (index) {
                default: throw new IndexOutOfBoundsException("Order has no relationship " + index);
            }
        }

        @Override
        public void setRelated(Order entity, int index, Object value) {
            switch (index) {
                default -> throw new IndexOutOfBoundsException("Order has no relationship " + index);
            }
        }

        @Override
        public void applyDefaults(Order entity) {
            if (entity.status == null) {
                entity.status = Status.NEW;
            }
            if (entity.total == null) {
                entity.total = CONVERTER_TOTAL.toJava(new BigDecimal("0.00"));
            }
            if (entity.active == null) {
                entity.active = true;
            }
        }
    }
}
