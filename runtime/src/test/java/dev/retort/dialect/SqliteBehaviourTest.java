package dev.retort.dialect;

/** {@link BehaviourSuite} on SQLite (shared-cache in-memory database). */
class SqliteBehaviourTest extends BehaviourSuite {
    SqliteBehaviourTest() {
        super(Target.SQLITE);
    }
}
