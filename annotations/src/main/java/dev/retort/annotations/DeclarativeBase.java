package dev.retort.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the base type of a family of mapped classes, SQLAlchemy's {@code declarative_base()}:
 *
 * <pre>{@code
 * @DeclarativeBase public interface Base {}
 * @Table(name = "users") public class User implements Base { ... }
 * }</pre>
 *
 * <p>Every {@code @Table} class must implement or extend exactly one declarative base. For each
 * base the processor writes {@code Base_}, whose {@code metadata()} holds the tables of all its
 * entities and whose {@code registry()} holds their mappers. A build may have several bases.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DeclarativeBase {}
