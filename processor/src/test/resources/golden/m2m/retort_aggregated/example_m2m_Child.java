package retort_aggregated;

import javax.annotation.processing.Generated;

/**
 * Marks {@code example.m2m.Child} as an entity of {@code example.m2m.Base}, for Retort's processor when it
 * compiles part of the model again. Generated; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class example_m2m_Child {
    /**
     * The declarative base.
     */
    public static final String BASE = "example.m2m.Base";

    /**
     * The class that declares the entity.
     */
    public static final String ENTITY = "example.m2m.Child";

    private example_m2m_Child() {
    }
}
