package dev.retort.benchmarks;

import dev.retort.annotations.DeclarativeBase;

/** The declarative base of {@link SequenceKeyInsert}'s three tables. */
@DeclarativeBase
public interface KeyBenchBase {}
