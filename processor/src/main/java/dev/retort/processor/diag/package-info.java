/**
 * Diagnostics as data: {@link dev.retort.processor.diag.Message} is the one catalogue of every text
 * the processor prints, each with a stable id ({@code [retort:no-primary-key]});
 * {@link dev.retort.processor.diag.Diagnostics} collects reports and remembers which classes have
 * errors, so that no code is written for them. Used by every stage; prints nothing itself.
 */
package dev.retort.processor.diag;
