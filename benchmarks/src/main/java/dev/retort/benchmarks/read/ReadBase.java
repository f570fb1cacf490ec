package dev.retort.benchmarks.read;

import dev.retort.annotations.DeclarativeBase;

/** The declarative base of the read-path benchmarks' model ({@link ReadPath}). */
@DeclarativeBase
public interface ReadBase {}
