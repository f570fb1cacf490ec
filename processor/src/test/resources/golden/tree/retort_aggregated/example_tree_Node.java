package retort_aggregated;

import javax.annotation.processing.Generated;

/**
 * Marks {@code example.tree.Node} as an entity of {@code example.tree.Base}, for Retort's processor when it
 * compiles part of the model again. Generated; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class example_tree_Node {
    /**
     * The declarative base.
     */
    public static final String BASE = "example.tree.Base";

    /**
     * The class that declares the entity.
     */
    public static final String ENTITY = "example.tree.Node";

    private example_tree_Node() {
    }
}
