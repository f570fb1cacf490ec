/**
 * Retort's annotation processor. {@link dev.retort.processor.RetortProcessor} runs the stages:
 * {@code parse} (compiler elements to the {@code model}), {@code validate} (cross-entity checks,
 * named-query verification on an in-memory Derby), {@code write} (JavaPoet and DDL), with every
 * report collected by {@code diag} and printed once per round. Nothing here is used at run time.
 */
package dev.retort.processor;
