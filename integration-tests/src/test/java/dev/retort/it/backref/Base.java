package dev.retort.it.backref;

import dev.retort.annotations.DeclarativeBase;

/** Seed 000's many-to-many declared from one side with backref. */
@DeclarativeBase
public interface Base {}
