package dev.retort.examples.orm;

import static dev.retort.Retort.selectinLoad;
import static dev.retort.asyncio.AsyncRetort.asyncSessionmaker;
import static dev.retort.asyncio.AsyncRetort.createAsyncEngine;

import dev.retort.asyncio.AsyncEngine;
import dev.retort.asyncio.AsyncSession;
import dev.retort.asyncio.AsyncSessionFactory;
import dev.retort.exc.LazyLoadException;
import java.io.File;
import java.util.List;

/**
 * The end of SQLAlchemy's tutorial, the asynchronous ORM:
 * {@code create_async_engine('sqlite+aiosqlite:///example.db')}, then an async session that adds,
 * commits and queries with eager loading, without the main thread waiting for the database until
 * it asks for the outcome at the end.
 */
public final class AsyncTutorial {
    private AsyncTutorial() {}

    public static void main(String[] args) {
        File db = new File(System.getProperty("java.io.tmpdir"), "retort-example.db");
        db.delete();
        System.out.println();
        System.out.println("== Asynchronous ORM: create_async_engine('sqlite+aiosqlite:///example.db') ==");
        AsyncEngine engine = createAsyncEngine("sqlite+aiosqlite:///" + db.getAbsolutePath());
        try {
            engine.withConnection(conn -> conn.runSync(c -> {
                Base_.metadata().createAll(c);
                c.commit();
                return null;
            })).join();

            AsyncSessionFactory Session = asyncSessionmaker(engine);
            List<User> users = Session.inTransaction(session -> {
                User ed = new User("ed", "Ed Jones", "edspassword");
                Address home = new Address("ed@google.com");
                home.user = ed;
                ed.addresses.add(home);
                session.add(ed);
                return session.add(new User("wendy", "Wendy Williams", "foobar"));
            }).thenCompose(x -> Session.inSession(session -> session.query(User.class)
                    .options(selectinLoad(User_.addresses)).orderBy(User_.id).all()
                    .thenApply(all -> {
                        System.out.println("query completed on " + Thread.currentThread().getName());
                        return all;
                    })))
                    .join();
            for (User u : users) {
                System.out.println(u + " addresses " + u.addresses.size());
            }

            AsyncSession session = Session.open();
            User lazy = session.query(User.class).filterBy("name", "ed").one().join();
            try {
                lazy.addresses.size(); // would query on this thread: an async session refuses
            } catch (LazyLoadException e) {
                System.out.println("without selectinLoad: " + e.getMessage());
            }
            System.out.println("session.related(ed, User_.addresses) -> "
                    + session.related(lazy, User_.addresses).join().size() + " address(es)");
            session.close().join();
        } finally {
            engine.dispose().join();
            db.delete();
        }
    }
}
