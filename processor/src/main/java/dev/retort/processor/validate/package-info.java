/**
 * Checks across entities and the plan to write: {@link dev.retort.processor.validate.SchemaValidator}
 * runs per-entity checks, foreign keys, relationship resolution (direction, join columns,
 * association tables, backPopulates, backrefs, JOINED cycles) and table order;
 * {@link dev.retort.processor.validate.QueryVerifier} prepares {@code @Query} SQL on an in-memory
 * Derby schema. Works on the model only.
 */
package dev.retort.processor.validate;
