package example.m2m;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

@Table(name = "right")
public class Child implements Base {
    @Column(primaryKey = true) Long id;
}
