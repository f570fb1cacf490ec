package example.seed;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** A new entity, compiled with the base after User and Address were deleted. */
@Table(name = "lonely")
public class Lonely implements Base {
    @Column(primaryKey = true) Long id;
}
