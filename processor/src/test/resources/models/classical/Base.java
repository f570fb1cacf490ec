package example.classical;

import dev.retort.annotations.DeclarativeBase;

@DeclarativeBase
public interface Base {}
