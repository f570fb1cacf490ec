package example.tree;

import dev.retort.annotations.DeclarativeBase;

@DeclarativeBase
public interface Base {}
