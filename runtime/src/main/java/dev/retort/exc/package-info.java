/**
 * Retort's exception hierarchy, the counterpart of {@code sqlalchemy.exc}.
 *
 * <p>Every exception is unchecked and extends {@link dev.retort.exc.RetortException}. Messages say
 * what went wrong and what to do about it. Exceptions raised by the database are wrapped in a
 * {@link dev.retort.exc.DatabaseException} subclass chosen from the SQLState (integrity, data,
 * programming, operational) that carries the statement and its parameters and keeps the original
 * {@link java.sql.SQLException} as its cause.
 *
 * <p>This package depends on nothing else in Retort; every other package may use it.
 */
package dev.retort.exc;
