package example.packages;

import dev.retort.annotations.DeclarativeBase;

/** One base shared by entities in several packages. */
@DeclarativeBase
public interface Base {}
