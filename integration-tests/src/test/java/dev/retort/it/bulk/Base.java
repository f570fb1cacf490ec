package dev.retort.it.bulk;

import dev.retort.annotations.DeclarativeBase;

/** Seed 002's bulk insert and update model. */
@DeclarativeBase
public interface Base {}
