package retort_aggregated;

import javax.annotation.processing.Generated;

/**
 * Marks {@code example.classical.LegacyUserMapping} as an entity of {@code example.classical.Base}, for Retort's processor when it
 * compiles part of the model again. Generated; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class example_classical_LegacyUserMapping {
    /**
     * The declarative base.
     */
    public static final String BASE = "example.classical.Base";

    /**
     * The class that declares the entity.
     */
    public static final String ENTITY = "example.classical.LegacyUserMapping";

    private example_classical_LegacyUserMapping() {
    }
}
