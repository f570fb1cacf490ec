package dev.retort.asyncio;

import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A result streamed to a {@link Flow.Subscriber} with back-pressure. Cold: each subscription
 * executes the statement when the subscriber first requests rows. Rows are read from the cursor
 * (a server-side cursor where the driver has one, with the engine's fetch size) only as the
 * subscriber requests them, at most {@code batch} per turn on the lane, so neither Retort nor the
 * driver holds more than a fetch's worth of rows. {@code cancel()} closes the cursor; the end of
 * the rows, or an error, closes it too. Signals arrive on Retort's threads, one at a time.
 *
 * @param <T> the element type: rows or mapped objects
 */
final class StreamPublisher<T> implements Flow.Publisher<T> {
    /** The open cursor, used on the lane only. */
    interface Cursor<T> {
        /** The next element, or {@code null} at the end. */
        T next();

        /** Releases the cursor (idempotent). */
        void close();
    }

    /** Opens the cursor, on the lane. */
    @FunctionalInterface
    interface Opener<T> {
        Cursor<T> open();
    }

    private final Lane lane;
    private final Op.Target target;
    private final Opener<T> opener;
    private final int batch;

    StreamPublisher(Lane lane, Op.Target target, Opener<T> opener, int batch) {
        this.lane = lane;
        this.target = target;
        this.opener = opener;
        this.batch = batch;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        Subscription s = new Subscription(subscriber);
        subscriber.onSubscribe(s);
    }

    private final class Subscription implements Flow.Subscription {
        private final Flow.Subscriber<? super T> subscriber;
        private final AtomicLong demand = new AtomicLong();
        private final AtomicBoolean pumpQueued = new AtomicBoolean();
        private volatile boolean cancelled;
        private volatile Throwable badRequest;
        /** Lane-confined from here on. */
        private Cursor<T> cursor;
        private boolean done;

        Subscription(Flow.Subscriber<? super T> subscriber) {
            this.subscriber = subscriber;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                badRequest = new IllegalArgumentException("request(" + n + "): the demand must be positive "
                        + "(Reactive Streams rule 3.9)");
            } else {
                demand.getAndUpdate(d -> d + n < 0 ? Long.MAX_VALUE : d + n);
            }
            schedule();
        }

        @Override
        public void cancel() {
            cancelled = true;
            schedule();
        }

        private void schedule() {
            if (pumpQueued.compareAndSet(false, true)) {
                lane.submit(new Lane.Task() {
                    @Override
                    boolean needsPermit() {
                        return !done;
                    }

                    @Override
                    void run() {
                        pumpQueued.set(false);
                        pump();
                    }

                    @Override
                    void fail(Throwable error) {
                        pumpQueued.set(false);
                        finish(error);
                    }
                });
            }
        }

        private void pump() {
            if (done) {
                return;
            }
            if (cancelled) {
                close();
                return;
            }
            if (badRequest != null) {
                finish(badRequest);
                return;
            }
            try {
                if (cursor == null) {
                    target.pin();
                    cursor = opener.open();
                }
                int emitted = 0;
                while (demand.get() > 0 && emitted < batch && !cancelled) {
                    T next = cursor.next();
                    if (next == null) {
                        close();
                        subscriber.onComplete();
                        return;
                    }
                    demand.decrementAndGet();
                    emitted++;
                    subscriber.onNext(next);
                }
            } catch (Throwable e) {
                finish(e);
                return;
            }
            if (cancelled) {
                close();
            } else if (demand.get() > 0) {
                schedule(); // the next batch, after whatever else waits on the lane
            }
        }

        private void finish(Throwable error) {
            if (done) {
                return;
            }
            close();
            subscriber.onError(error);
        }

        private void close() {
            done = true;
            Cursor<T> c = cursor;
            cursor = null;
            if (c != null) {
                c.close();
            }
        }
    }
}
