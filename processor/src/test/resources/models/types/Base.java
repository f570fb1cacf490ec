package example.types;

import dev.retort.annotations.DeclarativeBase;

@DeclarativeBase
public interface Base {}
