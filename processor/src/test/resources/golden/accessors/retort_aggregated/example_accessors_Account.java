package retort_aggregated;

import javax.annotation.processing.Generated;

/**
 * Marks {@code example.accessors.Account} as an entity of {@code example.accessors.Base}, for Retort's processor when it
 * compiles part of the model again. Generated; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class example_accessors_Account {
    /**
     * The declarative base.
     */
    public static final String BASE = "example.accessors.Base";

    /**
     * The class that declares the entity.
     */
    public static final String ENTITY = "example.accessors.Account";

    private example_accessors_Account() {
    }
}
