package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Index;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table(indexes = @Index(columns = {"name", "nickname"})) // <-
public class UnknownIndexColumn implements Base {
    @Column(primaryKey = true) Long id;
    @Column String name;
}
