package example.queries;

import dev.retort.annotations.DeclarativeBase;

@DeclarativeBase
public interface Base {}
