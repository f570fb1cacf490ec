package retort_aggregated;

import javax.annotation.processing.Generated;

/**
 * Marks {@code example.sequence.Stamp} as an entity of {@code example.sequence.Base}, for Retort's processor when it
 * compiles part of the model again. Generated; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class example_sequence_Stamp {
    /**
     * The declarative base.
     */
    public static final String BASE = "example.sequence.Base";

    /**
     * The class that declares the entity.
     */
    public static final String ENTITY = "example.sequence.Stamp";

    private example_sequence_Stamp() {
    }
}
