package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table(name = "owners") class Owner implements Base {
    @Column(primaryKey = true) Long id;
}

@Table public record RecordReference(
        @Column(primaryKey = true, autoincrement = false) Long id,
        @Column(foreignKey = "owners.id") Long ownerId,
        @Relationship Owner owner) implements Base {} // <-
