package retort_aggregated;

import javax.annotation.processing.Generated;

/**
 * Marks {@code example.packages.b.Book} as an entity of {@code example.packages.Base}, for Retort's processor when it
 * compiles part of the model again. Generated; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class example_packages_b_Book {
    /**
     * The declarative base.
     */
    public static final String BASE = "example.packages.Base";

    /**
     * The class that declares the entity.
     */
    public static final String ENTITY = "example.packages.b.Book";

    private example_packages_b_Book() {
    }
}
