package dev.retort.benchmarks;

import dev.retort.annotations.DeclarativeBase;

/**
 * The declarative base of {@link SequenceCustomer}, which maps the table {@code customer} a second
 * time (a base maps each table once, and {@link Customer}'s base already has it).
 */
@DeclarativeBase
public interface SequenceCustomerBase {}
