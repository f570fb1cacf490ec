package dev.retort.asyncio;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/** Small future plumbing: calling user code that may throw, and closing after a future. */
final class Futures {
    private Futures() {}

    /** {@code work.apply(arg)} as a future; a throw becomes a failed future. */
    static <A, R> CompletableFuture<R> call(Function<? super A, ? extends CompletionStage<R>> work, A arg) {
        try {
            CompletionStage<R> stage = work.apply(arg);
            if (stage == null) {
                return CompletableFuture.failedFuture(new NullPointerException("The work returned no future"));
            }
            return stage.toCompletableFuture();
        } catch (Throwable e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * A future with {@code stage}'s outcome that completes only after {@code close} has run (and
     * its future completed); a failure of the close is added to the work's failure, or reported
     * when the work succeeded.
     */
    static <R> CompletableFuture<R> finallyClose(CompletableFuture<R> stage, Supplier<CompletableFuture<Void>> close) {
        CompletableFuture<R> out = new CompletableFuture<>();
        stage.whenComplete((value, error) -> {
            CompletableFuture<Void> closing;
            try {
                closing = close.get();
            } catch (Throwable e) {
                closing = CompletableFuture.failedFuture(e);
            }
            closing.whenComplete((x, closeError) -> {
                if (error != null) {
                    Throwable cause = unwrap(error);
                    if (closeError != null && closeError != cause) {
                        cause.addSuppressed(unwrap(closeError));
                    }
                    out.completeExceptionally(cause);
                } else if (closeError != null) {
                    out.completeExceptionally(unwrap(closeError));
                } else {
                    out.complete(value);
                }
            });
        });
        return out;
    }

    static Throwable unwrap(Throwable e) {
        while (e instanceof java.util.concurrent.CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
