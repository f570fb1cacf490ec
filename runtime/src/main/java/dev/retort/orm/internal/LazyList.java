package dev.retort.orm.internal;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.function.UnaryOperator;

/**
 * The {@code List} a loaded object's collection field holds until first touched: any method loads
 * the related objects with one SELECT and then behaves as an {@code ArrayList}. This is how Retort
 * loads collections lazily without proxies or bytecode enhancement: the field's declared type is
 * the {@code List} interface, and the session puts this implementation in it.
 *
 * @param <T> the related class
 */
public final class LazyList<T> implements List<T>, LazyCollection {
    private final Object owner;
    private CollectionLoader loader;
    private ObservedList<T> items;
    /** Where the session counts changed collections ({@code null} for a collection no session watches). */
    private final CollectionChanges changes;
    /** Whether the items changed since the session last took the relationship's snapshot. */
    private boolean modified;

    LazyList(Object owner, CollectionChanges changes, CollectionLoader loader) {
        this.owner = owner;
        this.changes = changes;
        this.loader = loader;
    }

    /** A list that is already loaded (eager loading); still a LazyList so the session can tell it apart. */
    LazyList(Object owner, CollectionChanges changes, List<T> items) {
        this.owner = owner;
        this.changes = changes;
        this.items = new ObservedList<>(items, this::noteChange);
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
    private ObservedList<T> items() {
        ObservedList<T> i = items;
        if (i == null) {
            List<Object> loaded = loader.load();
            i = new ObservedList<>((List<T>) loaded, this::noteChange);
            items = i;
            loader = null;
        }
        return i;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void replaceLoaded(List<?> loaded) {
        items = new ObservedList<>((List<T>) loaded, this::noteChange);
        loader = null;
        modified = false;
    }

    @Override
    public List<?> loadedItems() {
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
    @Override public boolean addAll(int index, Collection<? extends T> c) { return items().addAll(index, c); }
    @Override public boolean removeAll(Collection<?> c) { return items().removeAll(c); }
    @Override public boolean retainAll(Collection<?> c) { return items().retainAll(c); }
    @Override public void replaceAll(UnaryOperator<T> operator) { items().replaceAll(operator); }
    @Override public void clear() { items().clear(); }
    @Override public T get(int index) { return items().get(index); }
    @Override public T set(int index, T element) { return items().set(index, element); }
    @Override public void add(int index, T element) { items().add(index, element); }
    @Override public T remove(int index) { return items().remove(index); }
    @Override public int indexOf(Object o) { return items().indexOf(o); }
    @Override public int lastIndexOf(Object o) { return items().lastIndexOf(o); }
    @Override public ListIterator<T> listIterator() { return items().listIterator(); }
    @Override public ListIterator<T> listIterator(int index) { return items().listIterator(index); }
    @Override
    public List<T> subList(int from, int to) {
        List<T> view = items().subList(from, to);
        noteChange(); // a view's set() bypasses the list: count it as changed
        return view;
    }
    @Override public boolean equals(Object o) { return o == this || items().equals(o); }
    @Override public int hashCode() { return items().hashCode(); }
    @Override public String toString() { return items().toString(); }
}
