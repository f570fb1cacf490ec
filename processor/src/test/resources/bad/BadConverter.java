package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.Converter;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

final class Point {}

final class PointConverter implements Converter<Point, Object> {
    public Object toDatabase(Point p) {
        return p;
    }

    public Point toJava(Object o) {
        return (Point) o;
    }
}

@Table public class BadConverter implements Base {
    @Column(primaryKey = true) Long id;
    @Column(converter = PointConverter.class) Point location; // <-
}
