package dev.retort.dialect;

/** {@link BehaviourSuite} on MariaDB at {@code RETORT_MARIADB_URL}; skipped (visibly) without it. */
class MariaDbBehaviourTest extends BehaviourSuite {
    MariaDbBehaviourTest() {
        super(Target.MARIADB);
    }
}
