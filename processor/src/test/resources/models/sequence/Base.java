package example.sequence;

import dev.retort.annotations.DeclarativeBase;

@DeclarativeBase
public interface Base {}
