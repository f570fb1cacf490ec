package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.ForeignKeyAction;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {} // <-

@Table(name = "users") class User implements Base {
    @Column(primaryKey = true) Long id;
}

@Table public class DdlUnsupported implements Base {
    @Column(primaryKey = true) Long id;
    @Column(foreignKey = "users.id", onDelete = ForeignKeyAction.SET_DEFAULT) Long userId;
}
