package example.accessors;

import dev.retort.annotations.DeclarativeBase;

@DeclarativeBase
public interface Base {}
