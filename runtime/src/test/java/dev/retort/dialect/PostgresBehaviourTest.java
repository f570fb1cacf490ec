package dev.retort.dialect;

/** {@link BehaviourSuite} on PostgreSQL at {@code RETORT_POSTGRES_URL}; skipped (visibly) without it. */
class PostgresBehaviourTest extends BehaviourSuite {
    PostgresBehaviourTest() {
        super(Target.POSTGRES);
    }
}
