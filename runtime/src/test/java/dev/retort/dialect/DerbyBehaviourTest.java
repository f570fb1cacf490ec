package dev.retort.dialect;

/** {@link BehaviourSuite} on embedded Derby (in memory). */
class DerbyBehaviourTest extends BehaviourSuite {
    DerbyBehaviourTest() {
        super(Target.DERBY);
    }
}
