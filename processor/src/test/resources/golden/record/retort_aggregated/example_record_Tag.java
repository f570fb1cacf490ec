package retort_aggregated;

import javax.annotation.processing.Generated;

/**
 * Marks {@code example.record.Tag} as an entity of {@code example.record.Base}, for Retort's processor when it
 * compiles part of the model again. Generated; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class example_record_Tag {
    /**
     * The declarative base.
     */
    public static final String BASE = "example.record.Base";

    /**
     * The class that declares the entity.
     */
    public static final String ENTITY = "example.record.Tag";

    private example_record_Tag() {
    }
}
