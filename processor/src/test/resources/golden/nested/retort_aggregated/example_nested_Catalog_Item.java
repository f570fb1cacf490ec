package retort_aggregated;

import javax.annotation.processing.Generated;

/**
 * Marks {@code example.nested.Catalog.Item} as an entity of {@code example.nested.Base}, for Retort's processor when it
 * compiles part of the model again. Generated; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class example_nested_Catalog_Item {
    /**
     * The declarative base.
     */
    public static final String BASE = "example.nested.Base";

    /**
     * The class that declares the entity.
     */
    public static final String ENTITY = "example.nested.Catalog.Item";

    private example_nested_Catalog_Item() {
    }
}
