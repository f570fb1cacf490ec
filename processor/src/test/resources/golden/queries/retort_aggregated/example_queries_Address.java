package retort_aggregated;

import javax.annotation.processing.Generated;

/**
 * Marks {@code example.queries.Address} as an entity of {@code example.queries.Base}, for Retort's processor when it
 * compiles part of the model again. Generated; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class example_queries_Address {
    /**
     * The declarative base.
     */
    public static final String BASE = "example.queries.Base";

    /**
     * The class that declares the entity.
     */
    public static final String ENTITY = "example.queries.Address";

    private example_queries_Address() {
    }
}
