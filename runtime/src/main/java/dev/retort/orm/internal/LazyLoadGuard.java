package dev.retort.orm.internal;

import dev.retort.exc.LazyLoadException;
import dev.retort.orm.mapping.Relation;
import java.util.function.BooleanSupplier;

/**
 * Whether a session may load an unloaded collection when it is touched. Unrestricted by default;
 * an async session restricts it to its own work, so that touching an unloaded collection from the
 * caller's thread raises instead of doing I/O there (SQLAlchemy raises {@code MissingGreenlet}).
 */
final class LazyLoadGuard {
    private volatile BooleanSupplier allowed;
    private volatile String reason;

    void restrict(BooleanSupplier allowedNow, String why) {
        this.reason = why;
        this.allowed = allowedNow;
    }

    /** Raises when lazy loads are restricted and not allowed now. */
    void check(EntityState owner, Relation<?, ?> r) {
        BooleanSupplier a = allowed;
        if (a != null && !a.getAsBoolean()) {
            throw new LazyLoadException("Relationship " + r + " of " + SessionCore.describe(owner.mapper, owner.object())
                    + " was not loaded, and " + reason + ". Load it in the query with selectinLoad(" + r
                    + ") or joinedLoad(" + r + ")");
        }
    }
}
