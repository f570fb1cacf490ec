package dev.retort.benchmarks;

import dev.retort.annotations.DeclarativeBase;

/** The declarative base of the benchmark model: its generated {@code Base_.metadata()} creates the schema. */
@DeclarativeBase
public interface Base {}
