package dev.retort.it.posts;

import dev.retort.annotations.DeclarativeBase;

/** Seed 004's users and posts. */
@DeclarativeBase
public interface Base {}
