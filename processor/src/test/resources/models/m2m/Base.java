package example.m2m;

import dev.retort.annotations.DeclarativeBase;

@DeclarativeBase
public interface Base {}
