package example.nested;

import dev.retort.annotations.DeclarativeBase;

@DeclarativeBase
public interface Base {}
