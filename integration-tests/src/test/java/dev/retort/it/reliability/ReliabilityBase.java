package dev.retort.it.reliability;

import dev.retort.annotations.DeclarativeBase;

/** The models of the reliability suites: accounts with a unique name and entries that reference them. */
@DeclarativeBase
public interface ReliabilityBase {}
