package dev.retort.it.keys;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** An {@code Integer} key from a sequence, 3 per fetch: blocks run out after a few objects. */
@Table(name = "key_badges")
public class Badge implements KeysBase {
    @Column(primaryKey = true, sequence = "key_badge_seq", allocationSize = 3) Integer id;
    @Column(length = 50) String label;

    public Badge() {}

    Badge(String label) {
        this.label = label;
    }
}
