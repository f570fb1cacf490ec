package dev.retort.examples.orm;

import static dev.retort.Retort.*;

import dev.retort.engine.Engine;
import dev.retort.engine.Row;
import dev.retort.orm.Aliased;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQLAlchemy's ORM tutorial, step by step, on an embedded Derby
 * database with echo on: declarative models, the session, queries, relationships, bulk operations
 * and a classical mapping.
 */
public final class OrmTutorial {
    private OrmTutorial() {}

    /** Runs the tutorial on {@code engine}, printing what it does. */
    public static void run(Engine engine) {
        heading("Step 1-2: declarative_base() and create_all()");
        Base_.metadata().createAll(engine);

        heading("Step 3: an instance of the mapped class");
        User willUser = new User("will", "Will Liu", "stuff");
        System.out.println("will_user.name -> " + willUser.name + ", password -> " + willUser.password
                + ", id -> " + willUser.id);

        heading("Steps 4-5: sessionmaker(), configure(bind=engine); add, query (autoflush), add_all, delete, commit");
        SessionFactory Session = sessionmaker();
        Session.configure(engine);

        try (Session session = Session.open()) {
            session.add(willUser);
            User ourUser = session.query(User.class).filterBy("name", "will").first();
            System.out.println(ourUser + "  (the same object: " + (ourUser == willUser) + ")");
            session.addAll(List.of(
                    new User("wendy", "Wendy Williams", "test"),
                    new User("mary", "Mary Contrary", "test1"),
                    new User("fred", "Fred Flinstone", "test2")));
            session.delete(willUser);
            session.commit();

            heading("Querying and filtering");
            System.out.println(session.query(User.class).filterBy("name", "wendy").all());
            System.out.println(session.query(User.class)
                    .filter(or(User_.name.eq("will"), User_.password.eq("test1"))).all());

            heading("Iterating: objects, tuples, objects with columns");
            for (User instance : session.query(User.class).orderBy(User_.id)) {
                System.out.println(instance.name + " " + instance.fullname);
            }
            for (Row row : session.query(User_.name, User_.fullname)) {
                System.out.println(row.get(User_.name) + " " + row.get(User_.fullname));
            }
            for (Row row : session.query(User.class, User_.name).all()) {
                System.out.println(row.get(User.class) + " " + row.get("name"));
            }

            heading("aliased() and label()");
            Aliased<User> userAlias = aliased(User.class, "user_alias");
            for (Row row : session.query(userAlias, userAlias.get(User_.name)).all()) {
                System.out.println(row.get("user_alias"));
            }
            for (Row row : session.query(User_.name.label("name_label")).all()) {
                System.out.println(row.get("name_label"));
            }

            heading("Updating records");
            User wendy = session.query(User.class).filterBy("name", "wendy").one();
            wendy.age = 30;
            session.commit();
            System.out.println(session.query(User.class).filter(User_.age.gt(25)).all());

            heading("One-to-many: addresses ordered by id, loaded lazily");
            User jack = new User("jack", "Jack Bean", "gjffdd");
            jack.addresses.add(new Address("jack@google.com"));
            jack.addresses.add(new Address("j25@yahoo.com"));
            session.add(jack);
            session.commit();
            System.out.println(jack.addresses.get(1).user == jack ? "both sides agree after the flush" : "?");
        }

        try (Session session = Session.open()) {
            User jack = session.query(User.class).filterBy("name", "jack").one();
            System.out.println(jack.addresses);
            for (Row row : session.query(User.class, Address.class).join(User_.addresses)
                    .filter(Address_.emailAddress.like("%@google.com")).all()) {
                System.out.println(row.get(User.class) + " " + row.get(Address.class));
            }
            System.out.println(session.query(User.class).options(joinedLoad(User_.addresses))
                    .filterBy("name", "jack").one().addresses);
            System.out.println("named query byEmail -> " + Address_.byEmail(session, "j25@yahoo.com"));
        }

        heading("Many-to-many with backref");
        try (Session session = Session.open()) {
            Parent parent = new Parent("parent");
            parent.children.add(new Child("child a"));
            parent.children.add(new Child("child b"));
            session.add(parent);
            session.commit();
            for (Row row : session.query(Parent_.name, Child_.name).join(Parent_.children).all()) {
                System.out.println(row);
            }
            System.out.println(session.query(Child.class).join(Child_.parents).filter(Parent_.name.eq("parent")).count()
                    + " children reached through the backref Child_.parents");
        }

        heading("Classical mapping: mapper(User, user)");
        try (Session session = Session.open()) {
            session.add(new LegacyUser("ed", "Ed Jones", "edspass"));
            session.commit();
            LegacyUser ed = session.query(LegacyUser.class).filter(LegacyUser_.name.eq("ed")).one();
            System.out.println(ed.fullname);
        }

        heading("Bulk insert, then a chunked update: 3,000 customers in chunks of 1,000");
        // SQLAlchemy's example runs 10,000 rows; 3,000 keep the echo short. Keys start at 1, so
        // chunk + 1 .. chunk + 1000 are disjoint (BETWEEN includes both ends).
        try (Session s = Session.open()) {
            List<Map<String, Object>> mappings = new ArrayList<>();
            for (int i = 1; i <= 3_000; i++) {
                mappings.add(Map.of("name", "customer name " + i, "description", "customer description " + i));
            }
            s.bulkInsertMappings(Customer.class, mappings);
            s.commit();
        }
        try (Session session = Session.open()) {
            for (long chunk = 0; chunk < 3_000; chunk += 1000) {
                List<Customer> customers = session.query(Customer.class)
                        .filter(Customer_.id.between(chunk + 1, chunk + 1000)).all();
                for (Customer customer : customers) {
                    customer.description += " (updated)";
                }
                session.flush();
            }
            session.commit();
            System.out.println(session.query(Customer.class).filter(Customer_.description.endsWith(" (updated)")).count()
                    + " customers updated");
        }

        Base_.metadata().dropAll(engine);
    }

    private static void heading(String title) {
        System.out.println();
        System.out.println("== " + title + " ==");
    }

    /** Runs the tutorial on a fresh in-memory Derby database with echo on. */
    public static void main(String[] args) {
        try (Engine engine = Engine.builder("derby:///:memory:").echo(true).build()) {
            run(engine);
        }
    }
}
