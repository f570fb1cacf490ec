package dev.retort.orm.internal;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.function.Predicate;

/**
 * The {@code LinkedHashSet} behind a {@link LazySet}: every way of changing it, including its
 * iterator's {@code remove}, tells the set it belongs to (see {@link ObservedList}).
 */
final class ObservedSet<T> extends LinkedHashSet<T> {
    private final Runnable onChange;
    /** False while the superclass constructor copies the initial items (they are not a change). */
    private final boolean ready;

    ObservedSet(Collection<? extends T> items, Runnable onChange) {
        super(items);
        this.onChange = onChange;
        this.ready = true;
    }

    @Override
    public boolean add(T t) {
        boolean added = super.add(t);
        if (added) {
            changed();
        }
        return added;
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
    public void clear() {
        if (!isEmpty()) {
            changed();
        }
        super.clear();
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
    public Iterator<T> iterator() {
        Iterator<T> it = super.iterator();
        return new Iterator<T>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public T next() {
                return it.next();
            }

            @Override
            public void remove() {
                it.remove();
                changed();
            }
        };
    }

    private void changed() {
        if (ready) {
            onChange.run();
        }
    }
}
