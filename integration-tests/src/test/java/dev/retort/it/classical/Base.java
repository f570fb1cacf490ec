package dev.retort.it.classical;

import dev.retort.annotations.DeclarativeBase;

/** A base whose one entity is mapped classically: the mapped class does not implement it. */
@DeclarativeBase
public interface Base {}
