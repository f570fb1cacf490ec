package dev.retort.it.asyncio;

import dev.retort.annotations.DeclarativeBase;

/** The declarative base of the async suite's User and Address. */
@DeclarativeBase
public interface AsyncBase {}
