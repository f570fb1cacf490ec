package dev.retort.dialect;

/** {@link BehaviourSuite} on H2 (in memory). */
class H2BehaviourTest extends BehaviourSuite {
    H2BehaviourTest() {
        super(Target.H2);
    }
}
