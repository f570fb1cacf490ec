package com.example.shop;

import dev.retort.annotations.DeclarativeBase;

/** The declarative base: every class that implements it is mapped, and Base_ holds their schema. */
@DeclarativeBase
public interface Base {}
