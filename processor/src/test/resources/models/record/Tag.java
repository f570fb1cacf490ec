package example.record;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** A record whose key the database generates: an INSERT gives the session a keyed copy. */
@Table(name = "tags")
public record Tag(
        @Column(primaryKey = true) Long id,
        @Column(nullable = false, length = 40) String name) implements Base {}
