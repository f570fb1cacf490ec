package dev.retort.benchmarks.flush;

import dev.retort.annotations.DeclarativeBase;

/** The declarative base of the flush micro-benchmark's model (kept apart from the peer harness's). */
@DeclarativeBase
public interface FlushBase {}
