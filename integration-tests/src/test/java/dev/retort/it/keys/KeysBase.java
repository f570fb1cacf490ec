package dev.retort.it.keys;

import dev.retort.annotations.DeclarativeBase;

/** The declarative base of the sequence-key suite's models. */
@DeclarativeBase
public interface KeysBase {}
