package example.record;

import dev.retort.annotations.DeclarativeBase;

@DeclarativeBase
public interface Base {}
