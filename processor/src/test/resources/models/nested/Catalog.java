package example.nested;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** Entities may be static nested classes; the generated class is Catalog_Item_. */
public class Catalog {
    @Table
    public static class Item implements Base {
        @Column(primaryKey = true) Long id;
        @Column String title;
    }
}
