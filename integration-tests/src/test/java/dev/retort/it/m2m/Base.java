package dev.retort.it.m2m;

import dev.retort.annotations.DeclarativeBase;

/** Seed 000's many-to-many, both sides declared with back_populates. */
@DeclarativeBase
public interface Base {}
