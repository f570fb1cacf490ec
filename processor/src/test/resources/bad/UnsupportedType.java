package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;
import java.util.Date;

@DeclarativeBase interface Base {}

@Table public class UnsupportedType implements Base {
    @Column(primaryKey = true) Long id;
    @Column Date created; // <-
}
