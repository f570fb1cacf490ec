package example.record;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** A record maps through its canonical constructor; its keys are assigned, not generated. */
@Table(name = "points")
public record Point(
        @Column(primaryKey = true, autoincrement = false) long id,
        @Column(nullable = false, length = 40) String label,
        @Column double x,
        @Column double y) implements Base {}
