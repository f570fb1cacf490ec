package dev.retort.it.orm;

/** A Java enum column: VARCHAR with a CHECK constraint. */
public enum Status { NEW, PAID, SHIPPED }
