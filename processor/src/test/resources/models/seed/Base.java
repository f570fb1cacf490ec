package example.seed;

import dev.retort.annotations.DeclarativeBase;

@DeclarativeBase
public interface Base {}
