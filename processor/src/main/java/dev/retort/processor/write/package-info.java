/**
 * Writers that take models only: {@link dev.retort.processor.write.MetamodelWriter} ({@code User_},
 * with its nested mapper and named queries), {@link dev.retort.processor.write.BaseWriter}
 * ({@code Base_}) and {@link dev.retort.processor.write.DdlWriter} (the schema per dialect, through
 * the runtime's own DDL compilers). Every class generated code names is in {@code Names}.
 *
 * <p>Code is assembled with {@code Code}: names, numbers and punctuation as long runs of literal
 * text, and JavaPoet placeholders only for types ({@code $T}, so imports come out right), string
 * literals that need escaping and nested blocks. JavaPoet prints every piece separately, twice per
 * file, so the number of pieces is most of what printing costs.
 */
package dev.retort.processor.write;
