/**
 * Writers that take models only: {@link dev.retort.processor.write.MetamodelWriter} ({@code User_},
 * with its nested mapper and named queries), {@link dev.retort.processor.write.BaseWriter}
 * ({@code Base_}) and {@link dev.retort.processor.write.DdlWriter} (the schema per dialect, through
 * the runtime's own DDL compilers). Every class generated code names is in {@code Names}.
 */
package dev.retort.processor.write;
