package dev.retort.it.seed;

import dev.retort.annotations.DeclarativeBase;

/** The declarative base of API.md §2's User and Address. */
@DeclarativeBase
public interface Base {}
