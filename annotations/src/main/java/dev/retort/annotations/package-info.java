/**
 * The annotations that declare a mapping: {@link dev.retort.annotations.DeclarativeBase},
 * {@link dev.retort.annotations.Table}, {@link dev.retort.annotations.Column},
 * {@link dev.retort.annotations.Relationship} and {@link dev.retort.annotations.Query}.
 *
 * <p>They are read at compile time by Retort's annotation processor, which checks them and writes
 * the mapping code ({@code User_}, {@code Base_}); nothing reads them at run time. This module has
 * no dependencies.
 */
package dev.retort.annotations;
