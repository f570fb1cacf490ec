package com.example.shop;

import static dev.retort.Retort.count;
import static dev.retort.Retort.createEngine;
import static dev.retort.Retort.sessionmaker;

import dev.retort.engine.Engine;
import dev.retort.engine.Row;
import dev.retort.orm.Session;
import dev.retort.orm.SessionFactory;
import java.util.List;

/** The Getting Started program: create the schema, add objects, query them back. */
public final class App {
    private App() {}

    public static void main(String[] args) {
        try (Engine engine = createEngine("h2:///:memory:")) {       // or derby:, sqlite:, postgresql://...
            Base_.metadata().createAll(engine);                        // CREATE TABLE customers, purchases
            SessionFactory sessions = sessionmaker(engine);

            try (Session session = sessions.open()) {
                Customer ann = new Customer("Ann", "ann@example.com");
                ann.purchases.add(new Purchase("teapot", "24.50"));
                ann.purchases.add(new Purchase("cups", "12.00"));
                Customer bob = new Customer("Bob", "bob@example.com");
                bob.purchases.add(new Purchase("kettle", "31.99"));
                session.addAll(List.of(ann, bob));                     // the purchases follow by cascade
                session.commit();                                      // INSERTs, in one transaction
            }

            try (Session session = sessions.open()) {
                Customer ann = session.query(Customer.class).filter(Customer_.email.eq("ann@example.com")).one();
                System.out.println(ann.name + " bought " + ann.purchases.size() + " things:");
                for (Purchase p : ann.purchases) {
                    System.out.println("  " + p.item + " for " + p.amount);
                }
                List<Row> counts = session.query(Customer_.name, count(Purchase_.id).label("n"))
                        .join(Customer_.purchases).groupBy(Customer_.name).orderBy(Customer_.name).all();
                for (Row r : counts) {
                    System.out.println(r.get("name") + ": " + r.get("n") + " purchase(s)");
                }
            }
        }
    }
}
