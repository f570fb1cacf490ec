package example.record;

import dev.retort.orm.mapping.Attribute;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.GeneratedMapper;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.Table;
import javax.annotation.processing.Generated;

/**
 * The Retort metamodel and mapper of {@link Point}, table {@code points}: the Core table, typed
 * attributes and relationships for queries, and the straight-line code that moves its state
 * to and from rows. Generated from the class's annotations; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class Point_ {
    /**
     * The table {@code points}.
     */
    public static final Table TABLE = Table.builder("points")
            .home(Base_.HOME)
            .define(new Object[] {
                    "id BIGINT PRIMARY KEY NO AUTOINCREMENT",
                    "label VARCHAR(40) NOT NULL",
                    "x DOUBLE NOT NULL",
                    "y DOUBLE NOT NULL"})
            .build();

    /**
     * Column {@code id}: BIGINT, primary key.
     */
    public static final Attribute<Point, Long> id = new Attribute<Point, Long>(Point.class, "id", TABLE, "id", 0);

    /**
     * Column {@code label}: VARCHAR(40), NOT NULL.
     */
    public static final Attribute<Point, String> label = new Attribute<Point, String>(Point.class, "label", TABLE, "label", 1);

    /**
     * Column {@code x}: DOUBLE, NOT NULL.
     */
    public static final Attribute<Point, Double> x = new Attribute<Point, Double>(Point.class, "x", TABLE, "x", 2);

    /**
     * Column {@code y}: DOUBLE, NOT NULL.
     */
    public static final Attribute<Point, Double> y = new Attribute<Point, Double>(Point.class, "y", TABLE, "y", 3);

    /**
     * Creates, reads and compares {@link Point} objects for the session.
     */
    public static final EntityMapper<Point> MAPPER = new Mapper();

    private Point_() {
    }

    static final class Mapper extends GeneratedMapper<Point> {
        Mapper() {
            super(Point.class, "Point", TABLE,
                    new Attribute<?, ?>[] {id, label, x, y},
                    new Relation<?, ?>[] {},
                    new int[] {0}, -1, -1, true);
        }

        public Point newInstance(Object[] row, int offset) {
            return new Point(
                    row[offset] == null ? 0L : (long) row[offset],
                    (String) row[offset + 1],
                    row[offset + 2] == null ? 0.0 : (double) row[offset + 2],
                    row[offset + 3] == null ? 0.0 : (double) row[offset + 3]);
        }

        public Point withColumns(Point entity, Object[] row, int offset) {
            return new Point(
                    row[offset] == null ? 0L : (long) row[offset],
                    (String) row[offset + 1],
                    row[offset + 2] == null ? 0.0 : (double) row[offset + 2],
                    row[offset + 3] == null ? 0.0 : (double) row[offset + 3]);
        }

        public void populate(Point entity, Object[] row, int offset) {
            throw new UnsupportedOperationException("Point is a record: its objects cannot be changed");
        }

        public void readValues(Point entity, Object[] target, int offset) {
            target[offset] = entity.id();
            target[offset + 1] = entity.label();
            target[offset + 2] = entity.x();
            target[offset + 3] = entity.y();
        }

        public int changedColumns(Point entity, Object[] snapshot, int[] changed) {
            int n = 0;
            if (snapshot[0] == null || (Long) snapshot[0] != entity.id()) {
                changed[n++] = 0;
            }
            if (differs(entity.label(), snapshot[1])) {
                changed[n++] = 1;
            }
            if (snapshot[2] == null || Double.compare((Double) snapshot[2], entity.x()) != 0) {
                changed[n++] = 2;
            }
            if (snapshot[3] == null || Double.compare((Double) snapshot[3], entity.y()) != 0) {
                changed[n++] = 3;
            }
            return n;
        }

        public Object get(Point entity, int index) {
            switch (index) {
                case 0: return entity.id();
                case 1: return entity.label();
                case 2: return entity.x();
                case 3: return entity.y();
                default: throw new IndexOutOfBoundsException("Point has no column " + index);
            }
        }

        public void set(Point entity, int index, Object value) {
            throw new UnsupportedOperationException("Point is a record: its objects cannot be changed");
        }
    }
}
