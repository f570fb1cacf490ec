package example.types;

import dev.retort.orm.mapping.Attribute;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.GeneratedMapper;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.Column;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import javax.annotation.processing.Generated;

/**
 * The Retort metamodel and mapper of {@link OrderLine}, table {@code shop.order_lines}: the Core table, typed
 * attributes and relationships for queries, and the straight-line code that moves its state
 * to and from rows. Generated from the class's annotations; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class OrderLine_ {
    /**
     * The table {@code shop.order_lines}.
     */
    public static final Table TABLE = Table.builder("order_lines")
            .home(Base_.HOME)
            .schema("shop")
            .define(new Object[] {
                    "order_id BIGINT PRIMARY KEY REFERENCES shop.orders.id ON DELETE CASCADE",
                    "line_no INTEGER PRIMARY KEY",
                    "product VARCHAR(64)",
                    new Column<Integer>("quantity", SqlTypes.INTEGER).defaultValue(1),
                    "version BIGINT"})
            .build();

    /**
     * Column {@code order_id}: BIGINT, part of the primary key, foreign key to {@code shop.orders.id} ON DELETE CASCADE.
     */
    public static final Attribute<OrderLine, Long> orderId = new Attribute<OrderLine, Long>(OrderLine.class, "orderId", TABLE, "order_id", 0);

    /**
     * Column {@code line_no}: INTEGER, part of the primary key.
     */
    public static final Attribute<OrderLine, Integer> lineNo = new Attribute<OrderLine, Integer>(OrderLine.class, "lineNo", TABLE, "line_no", 1);

    /**
     * Column {@code product}: VARCHAR(64), nullable.
     */
    public static final Attribute<OrderLine, String> product = new Attribute<OrderLine, String>(OrderLine.class, "product", TABLE, "product", 2);

    /**
     * Column {@code quantity}: INTEGER, nullable, default {@code 1} when left null.
     */
    public static final Attribute<OrderLine, Integer> quantity = new Attribute<OrderLine, Integer>(OrderLine.class, "quantity", TABLE, "quantity", 3);

    /**
     * Column {@code version}: BIGINT, nullable, the version counter checked by every UPDATE and DELETE.
     */
    public static final Attribute<OrderLine, Long> version = new Attribute<OrderLine, Long>(OrderLine.class, "version", TABLE, "version", 4);

    /**
     * Creates, reads and compares {@link OrderLine} objects for the session.
     */
    public static final EntityMapper<OrderLine> MAPPER = new Mapper();

    private OrderLine_() {
    }

    static final class Mapper extends GeneratedMapper<OrderLine> {
        Mapper() {
            super(OrderLine.class, "OrderLine", TABLE,
                    new Attribute<?, ?>[] {orderId, lineNo, product, quantity, version},
                    new Relation<?, ?>[] {},
                    new int[] {0, 1}, -1, 4, false);
        }

        public OrderLine newInstance(Object[] row, int offset) {
            OrderLine entity = new OrderLine();
            populate(entity, row, offset);
            return entity;
        }

        public void populate(OrderLine entity, Object[] row, int offset) {
            entity.orderId = (Long) row[offset];
            entity.lineNo = row[offset + 1] == null ? 0 : (int) row[offset + 1];
            entity.product = (String) row[offset + 2];
            entity.quantity = (Integer) row[offset + 3];
            entity.version = (Long) row[offset + 4];
        }

        public void readValues(OrderLine entity, Object[] target, int offset) {
            target[offset] = entity.orderId;
            target[offset + 1] = entity.lineNo;
            target[offset + 2] = entity.product;
            target[offset + 3] = entity.quantity;
            target[offset + 4] = entity.version;
        }

        public int changedColumns(OrderLine entity, Object[] snapshot, int[] changed) {
            int n = 0;
            if (differs(entity.orderId, snapshot[0])) {
                changed[n++] = 0;
            }
            if (snapshot[1] == null || (Integer) snapshot[1] != entity.lineNo) {
                changed[n++] = 1;
            }
            if (differs(entity.product, snapshot[2])) {
                changed[n++] = 2;
            }
            if (differs(entity.quantity, snapshot[3])) {
                changed[n++] = 3;
            }
            if (differs(entity.version, snapshot[4])) {
                changed[n++] = 4;
            }
            return n;
        }

        public Object get(OrderLine entity, int index) {
            switch (index) {
                case 0: return entity.orderId;
                case 1: return entity.lineNo;
                case 2: return entity.product;
                case 3: return entity.quantity;
                case 4: return entity.version;
                default: throw new IndexOutOfBoundsException("OrderLine has no column " + index);
            }
        }

        public void set(OrderLine entity, int index, Object value) {
            switch (index) {
                case 0 -> entity.orderId = (Long) value;
                case 1 -> entity.lineNo = value == null ? 0 : (int) value;
                case 2 -> entity.product = (String) value;
                case 3 -> entity.quantity = (Integer) value;
                case 4 -> entity.version = (Long) value;
                default -> throw new IndexOutOfBoundsException("OrderLine has no column " + index);
            }
        }
    }
}
