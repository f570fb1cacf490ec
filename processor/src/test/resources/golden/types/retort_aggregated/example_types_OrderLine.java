package retort_aggregated;

import javax.annotation.processing.Generated;

/**
 * Marks {@code example.types.OrderLine} as an entity of {@code example.types.Base}, for Retort's processor when it
 * compiles part of the model again. Generated; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class example_types_OrderLine {
    /**
     * The declarative base.
     */
    public static final String BASE = "example.types.Base";

    /**
     * The class that declares the entity.
     */
    public static final String ENTITY = "example.types.OrderLine";

    private example_types_OrderLine() {
    }
}
