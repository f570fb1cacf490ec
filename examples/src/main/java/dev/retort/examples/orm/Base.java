package dev.retort.examples.orm;

import dev.retort.annotations.DeclarativeBase;

/** {@code Base = declarative_base()}. */
@DeclarativeBase
public interface Base {}
