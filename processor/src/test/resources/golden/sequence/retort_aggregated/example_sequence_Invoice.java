package retort_aggregated;

import javax.annotation.processing.Generated;

/**
 * Marks {@code example.sequence.Invoice} as an entity of {@code example.sequence.Base}, for Retort's processor when it
 * compiles part of the model again. Generated; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class example_sequence_Invoice {
    /**
     * The declarative base.
     */
    public static final String BASE = "example.sequence.Base";

    /**
     * The class that declares the entity.
     */
    public static final String ENTITY = "example.sequence.Invoice";

    private example_sequence_Invoice() {
    }
}
