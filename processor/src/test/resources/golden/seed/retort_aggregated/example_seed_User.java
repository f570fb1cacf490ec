package retort_aggregated;

import javax.annotation.processing.Generated;

/**
 * Marks {@code example.seed.User} as an entity of {@code example.seed.Base}, for Retort's processor when it
 * compiles part of the model again. Generated; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class example_seed_User {
    /**
     * The declarative base.
     */
    public static final String BASE = "example.seed.Base";

    /**
     * The class that declares the entity.
     */
    public static final String ENTITY = "example.seed.User";

    private example_seed_User() {
    }
}
