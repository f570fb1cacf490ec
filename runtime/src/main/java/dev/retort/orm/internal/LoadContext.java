package dev.retort.orm.internal;

import dev.retort.orm.mapping.LoadStrategy;
import dev.retort.orm.mapping.Relation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The work one load leaves behind: objects whose relationships must be set up, references to
 * resolve in batches, collections to load with SELECT ... IN, and what a joined eager load
 * already brought. {@link Loader#finish} drains it, level by level, so a query costs one extra
 * SELECT per relationship and level rather than one per object.
 */
final class LoadContext {
    final boolean populateExisting;
    private final Map<Relation<?, ?>, LoadStrategy> strategies;
    final List<EntityState> toInit = new ArrayList<>();
    /**
     * Objects already in the session that this query reached without reloading them: their
     * unloaded collections still load when the query asks for them eagerly (SQLAlchemy fills
     * unloaded attributes of existing identities; only loaded ones need populate_existing).
     */
    private java.util.Set<EntityState> toComplete;
    /** Many-to-one references to resolve: relation → (owner, target key). */
    private Map<Relation<?, ?>, List<Pending>> references;
    /** One-to-one references (key on the target side) to load: relation → owners. */
    private Map<Relation<?, ?>, List<EntityState>> reverseReferences;
    /** Collections to load with one SELECT ... IN: relation → owners. */
    private Map<Relation<?, ?>, List<EntityState>> selectin;
    // (the sets and maps above are made on first use and handed over whole to Loader.finish:
    // most loads, of classes without relationships, need none of them)
    /** Collections and references a joined eager load brought: owner → relation index → items. */
    private Map<EntityState, Joined[]> joined;

    /**
     * What an eager load brought for one owner's relationship (from the joined rows, or the rows
     * of a SELECT ... IN): the items, and their states as the loader returned them.
     */
    static final class Joined {
        final List<Object> items = new ArrayList<>();
        /** The state of each item, as the loader returned it (the same index as {@link #items}). */
        final List<EntityState> states = new ArrayList<>();
        /** {@link #items} by identity, once there are more than {@link #SCAN} of them. */
        private java.util.Set<Object> index;

        /** Adds {@code item} unless it is there already (joined rows repeat items when several collections are joined). */
        void add(Object item, EntityState state) {
            int n = items.size();
            if (n > 0 && items.get(n - 1) == item) {
                return; // the commonest repeat: the same item on consecutive rows
            }
            if (index != null) {
                if (!index.add(item)) {
                    return;
                }
            } else {
                for (int i = n - 1; i >= 0; i--) {
                    if (items.get(i) == item) {
                        return;
                    }
                }
                if (n == SCAN) { // from here on a set, so a large collection does not cost a scan per row
                    index = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                    index.addAll(items);
                    index.add(item);
                }
            }
            items.add(item);
            states.add(state);
        }

        private static final int SCAN = 16;

        /** Adds {@code item} as it is, repeats included (the rows of a SELECT ... IN, one per item). */
        void append(Object item, EntityState state) {
            items.add(item);
            states.add(state);
        }
    }

    /** The owner {@link #joinedItem} was last called for, and its entry of {@link #joined}. */
    private EntityState lastOwner;
    private Joined[] lastByRelation;

    /** An owner waiting for its many-to-one target. */
    record Pending(EntityState owner, Object targetKey) {}

    LoadContext(boolean populateExisting, Map<Relation<?, ?>, LoadStrategy> strategies) {
        this.populateExisting = populateExisting;
        this.strategies = strategies;
    }

    LoadContext() {
        this(false, Map.of());
    }

    /** The strategy for {@code r}: a query option, else the relationship's own. */
    LoadStrategy strategy(Relation<?, ?> r) {
        LoadStrategy s = strategies.get(r);
        return s != null ? s : r.lazy();
    }

    /** Whether a query option (or the relationship) asks for a joined load of {@code r}. */
    boolean isJoined(Relation<?, ?> r) {
        return strategy(r) == LoadStrategy.JOINED;
    }

    /**
     * Records an item a joined eager load brought for {@code owner}'s relationship (null: none,
     * but loaded), with the state the loader returned for it, so that the relationship's snapshot
     * is made without looking every item up again.
     */
    void joinedItem(EntityState owner, int relation, Object item, EntityState itemState) {
        Joined[] byRelation = lastByRelation;
        if (owner != lastOwner) { // an owner's rows usually come together: one map lookup per owner
            if (joined == null) {
                joined = new IdentityHashMap<>();
            }
            byRelation = joined.get(owner);
            if (byRelation == null) {
                byRelation = new Joined[owner.relationSnapshot.length];
                joined.put(owner, byRelation);
            }
            lastOwner = owner;
            lastByRelation = byRelation;
        }
        Joined j = byRelation[relation];
        if (j == null) {
            j = new Joined();
            byRelation[relation] = j;
        }
        if (item != null) {
            j.add(item, itemState);
        }
    }

    /** What a joined eager load brought for the relationship, or {@code null} if it did not load it. */
    Joined joined(EntityState owner, int relation) {
        if (joined == null) {
            return null;
        }
        Joined[] byRelation = joined.get(owner);
        return byRelation == null ? null : byRelation[relation];
    }

    boolean hasWork() {
        return !toInit.isEmpty() || toComplete != null || references != null || reverseReferences != null
                || selectin != null;
    }

    /** Queues an object already in the session for {@link Loader#finish}'s eager completion (once). */
    void complete(EntityState s) {
        if (toComplete == null) {
            toComplete = new java.util.LinkedHashSet<>();
        }
        toComplete.add(s);
    }

    Map<Relation<?, ?>, List<Pending>> references() {
        if (references == null) {
            references = new LinkedHashMap<>();
        }
        return references;
    }

    Map<Relation<?, ?>, List<EntityState>> reverseReferences() {
        if (reverseReferences == null) {
            reverseReferences = new LinkedHashMap<>();
        }
        return reverseReferences;
    }

    Map<Relation<?, ?>, List<EntityState>> selectin() {
        if (selectin == null) {
            selectin = new LinkedHashMap<>();
        }
        return selectin;
    }

    /** The queued objects to complete, or {@code null}; the queue starts afresh. */
    java.util.Set<EntityState> takeToComplete() {
        java.util.Set<EntityState> t = toComplete;
        toComplete = null;
        return t;
    }

    /** The queued references, or {@code null}; the queue starts afresh. */
    Map<Relation<?, ?>, List<Pending>> takeReferences() {
        Map<Relation<?, ?>, List<Pending>> t = references;
        references = null;
        return t;
    }

    /** The queued reverse references, or {@code null}; the queue starts afresh. */
    Map<Relation<?, ?>, List<EntityState>> takeReverseReferences() {
        Map<Relation<?, ?>, List<EntityState>> t = reverseReferences;
        reverseReferences = null;
        return t;
    }

    /** The queued collections, or {@code null}; the queue starts afresh. */
    Map<Relation<?, ?>, List<EntityState>> takeSelectin() {
        Map<Relation<?, ?>, List<EntityState>> t = selectin;
        selectin = null;
        return t;
    }
}
