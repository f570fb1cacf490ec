package dev.retort.it.orm;

import dev.retort.annotations.DeclarativeBase;

/** The declarative base of the ORM suites' models. */
@DeclarativeBase
public interface OrmBase {}
