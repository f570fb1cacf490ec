package dev.retort.asyncio;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * One async connection's or session's queue of work: tasks run one at a time, in the order they
 * were submitted, on the engine's threads. The JDBC connection (and the session) behind a lane is
 * only ever used by the task running on it, so it needs no locking; the queue hands it from task to
 * task with a happens-before edge. A task that needs a connection first takes a permit from the
 * engine's {@link Gate}; while the lane waits for one, no thread waits with it.
 */
final class Lane {
    /** The lane whose task the current thread is running, if any. */
    private static final ThreadLocal<Lane> CURRENT = new ThreadLocal<>();

    private final Executor threads;
    private final Gate gate;
    private final BooleanSupplier keepPermit;
    private final ArrayDeque<Task> queue = new ArrayDeque<>();
    private boolean scheduled;
    private boolean waitingForPermit;
    private boolean holdsPermit;

    /**
     * @param keepPermit asked after each task: whether the lane still needs its connection (a
     *     session in a transaction, an open connection); if not, the permit goes back
     */
    Lane(Executor threads, Gate gate, BooleanSupplier keepPermit) {
        this.threads = threads;
        this.gate = gate;
        this.keepPermit = keepPermit;
    }

    /** A unit of work on a lane. */
    abstract static class Task {
        /** Whether the task uses the database (and so needs a connection permit). */
        abstract boolean needsPermit();

        /** Runs the task; it completes its own future. Never throws. */
        abstract void run();

        /** Completes the task's future with {@code error} without running it. */
        abstract void fail(Throwable error);
    }

    /** Whether the current thread is running a task of this lane. */
    boolean isCurrent() {
        return CURRENT.get() == this;
    }

    void submit(Task task) {
        synchronized (this) {
            queue.add(task);
            if (scheduled || waitingForPermit) {
                return;
            }
            scheduled = true;
        }
        threads.execute(this::drain);
    }

    private void drain() {
        for (;;) {
            Task task;
            synchronized (this) {
                task = queue.peek();
                if (task == null) {
                    scheduled = false;
                    return;
                }
                if (task.needsPermit() && !holdsPermit) {
                    scheduled = false;
                    waitingForPermit = true;
                    break;
                }
                queue.poll();
            }
            CURRENT.set(this);
            try {
                task.run();
            } finally {
                CURRENT.remove();
            }
            boolean release;
            synchronized (this) {
                release = holdsPermit && !keepPermit.getAsBoolean();
                if (release) {
                    holdsPermit = false;
                }
            }
            if (release) {
                gate.release();
            }
        }
        gate.acquire().whenComplete((ok, error) -> permitArrived(error));
    }

    private void permitArrived(Throwable error) {
        if (error != null) {
            Task failed;
            synchronized (this) {
                failed = queue.poll();
            }
            if (failed != null) {
                failed.fail(error);
            }
        }
        synchronized (this) {
            waitingForPermit = false;
            if (error == null) {
                holdsPermit = true;
            }
            if (queue.isEmpty() && !holdsPermit) {
                return;
            }
            if (queue.isEmpty()) {
                // nothing left to do with it (the waiting task was cancelled): give it back below
                holdsPermit = false;
            } else {
                scheduled = true;
            }
        }
        if (scheduled()) {
            threads.execute(this::drain);
        } else {
            gate.release();
        }
    }

    private synchronized boolean scheduled() {
        return scheduled;
    }

    /** Gives the permit back if the lane holds one (after its connection closed). */
    void releasePermit() {
        boolean release;
        synchronized (this) {
            release = holdsPermit;
            holdsPermit = false;
        }
        if (release) {
            gate.release();
        }
    }
}
