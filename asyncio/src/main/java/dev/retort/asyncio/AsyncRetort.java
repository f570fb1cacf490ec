package dev.retort.asyncio;

/**
 * The async vocabulary in one import, as {@code dev.retort.Retort} is for the synchronous one:
 * {@code import static dev.retort.asyncio.AsyncRetort.*;}
 */
public final class AsyncRetort {
    private AsyncRetort() {}

    /** SQLAlchemy's {@code create_async_engine(url)}: {@code createAsyncEngine("sqlite+aiosqlite:///example.db")}. */
    public static AsyncEngine createAsyncEngine(String url) {
        return AsyncEngine.create(url);
    }

    /** SQLAlchemy's {@code async_sessionmaker(engine)}. */
    public static AsyncSessionFactory asyncSessionmaker(AsyncEngine engine) {
        return AsyncSessionFactory.of(engine);
    }
}
