package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

@Table(name = "things") public class NoDeclarativeBase { // <-
    @Column(primaryKey = true) Long id;
}
