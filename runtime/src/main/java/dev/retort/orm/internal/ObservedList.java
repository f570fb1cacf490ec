package dev.retort.orm.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The {@code ArrayList} behind a {@link LazyList}: every way of changing it (including through
 * its iterators, whose {@code remove}, {@code set} and {@code add} call the overridden methods)
 * tells the list it belongs to, so a flush knows without comparing that an unchanged collection
 * still matches its snapshot.
 */
final class ObservedList<T> extends ArrayList<T> {
    private final Runnable onChange;
    /** False while the superclass constructor copies the initial items (they are not a change). */
    private final boolean ready;

    ObservedList(Collection<? extends T> items, Runnable onChange) {
        super(items);
        this.onChange = onChange;
        this.ready = true;
    }

    @Override
    public boolean add(T t) {
        changed();
        return super.add(t);
    }

    @Override
    public void add(int index, T element) {
        changed();
        super.add(index, element);
    }

    @Override
    public boolean addAll(Collection<? extends T> c) {
        changed();
        return super.addAll(c);
    }

    @Override
    public boolean addAll(int index, Collection<? extends T> c) {
        changed();
        return super.addAll(index, c);
    }

    @Override
    public T set(int index, T element) {
        changed();
        return super.set(index, element);
    }

    @Override
    public T remove(int index) {
        changed();
        return super.remove(index);
    }

    @Override
    public boolean remove(Object o) {
        boolean removed = super.remove(o);
        if (removed) {
            changed();
        }
        return removed;
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        boolean removed = super.removeAll(c);
        if (removed) {
            changed();
        }
        return removed;
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        boolean removed = super.retainAll(c);
        if (removed) {
            changed();
        }
        return removed;
    }

    @Override
    public boolean removeIf(Predicate<? super T> filter) {
        boolean removed = super.removeIf(filter);
        if (removed) {
            changed();
        }
        return removed;
    }

    @Override
    protected void removeRange(int fromIndex, int toIndex) {
        changed();
        super.removeRange(fromIndex, toIndex);
    }

    @Override
    public void clear() {
        if (!isEmpty()) {
            changed();
        }
        super.clear();
    }

    @Override
    public void replaceAll(UnaryOperator<T> operator) {
        changed();
        super.replaceAll(operator);
    }

    @Override
    public void sort(Comparator<? super T> c) {
        changed(); // (order is not membership, but a sort may run a comparator that mutates)
        super.sort(c);
    }

    private void changed() {
        if (ready) {
            onChange.run();
        }
    }
}
