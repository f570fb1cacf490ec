package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

class Legacy {
    public Long id;
    public String name;
}

@Table(name = "legacy", maps = Legacy.class) public class ClassicalPropertyType implements Base {
    @Column(primaryKey = true) Long id;
    @Column Integer name; // <-
}
