package dev.retort.examples;

/** The README's demo: SQLAlchemy's Core and ORM tutorials, one after the other, on embedded Derby; then the
 * tutorial's async example on SQLite. */
public final class Demo {
    private Demo() {}

    public static void main(String[] args) {
        CoreTutorial.main(args);
        dev.retort.examples.orm.OrmTutorial.main(args);
        dev.retort.examples.orm.AsyncTutorial.main(args);
    }
}
