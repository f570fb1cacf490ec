package dev.retort.orm.internal;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The {@code Set} a loaded object's set-valued collection field holds until first touched; see
 * {@link LazyList}. Keeps the relationship's order.
 *
 * @param <T> the related class
 */
public final class LazySet<T> implements Set<T>, LazyCollection {
    private final Object owner;
    private CollectionLoader loader;
    private ObservedSet<T> items;
    /** Where the session counts changed collections ({@code null} for a collection no session watches). */
    private final CollectionChanges changes;
    /** Whether the items changed since the session last took the relationship's snapshot. */
    private boolean modified;

    LazySet(Object owner, CollectionChanges changes, CollectionLoader loader) {
        this.owner = owner;
        this.changes = changes;
        this.loader = loader;
    }

    LazySet(Object owner, CollectionChanges changes, List<T> items) {
        this.owner = owner;
        this.changes = changes;
        this.items = new ObservedSet<>(items, this::noteChange);
    }

    @Override
    public Object owner() {
        return owner;
    }

    @Override
    public boolean isLoaded() {
        return items != null;
    }

    @Override
    public boolean isModified() {
        return modified;
    }

    @Override
    public void markClean() {
        modified = false;
    }

    private void noteChange() {
        if (!modified) {
            modified = true;
            if (changes != null) {
                changes.changed();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private ObservedSet<T> items() {
        ObservedSet<T> i = items;
        if (i == null) {
            i = new ObservedSet<>((List<T>) loader.load(), this::noteChange);
            items = i;
            loader = null;
        }
        return i;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void replaceLoaded(List<?> loaded) {
        items = new ObservedSet<>((List<T>) loaded, this::noteChange);
        loader = null;
        modified = false;
    }

    @Override
    public Collection<?> loadedItems() {
        return items;
    }

    @Override public int size() { return items().size(); }
    @Override public boolean isEmpty() { return items().isEmpty(); }
    @Override public boolean contains(Object o) { return items().contains(o); }
    @Override public Iterator<T> iterator() { return items().iterator(); }
    @Override public Object[] toArray() { return items().toArray(); }
    @Override public <A> A[] toArray(A[] a) { return items().toArray(a); }
    @Override public boolean add(T t) { return items().add(t); }
    @Override public boolean remove(Object o) { return items().remove(o); }
    @Override public boolean containsAll(Collection<?> c) { return items().containsAll(c); }
    @Override public boolean addAll(Collection<? extends T> c) { return items().addAll(c); }
    @Override public boolean retainAll(Collection<?> c) { return items().retainAll(c); }
    @Override public boolean removeAll(Collection<?> c) { return items().removeAll(c); }
    @Override public void clear() { items().clear(); }
    @Override public boolean equals(Object o) { return o == this || items().equals(o); }
    @Override public int hashCode() { return items().hashCode(); }
    @Override public String toString() { return items().toString(); }
}
