package dev.retort.it.compliance.orm;

import dev.retort.annotations.DeclarativeBase;

/**
 * The declarative base of the ORM compliance suite: SQLAlchemy's test fixtures
 * ({@code test/orm/_fixtures.py}: users, addresses, orders, items, keywords) and the extra
 * tables of its cascade and versioning tests.
 */
@DeclarativeBase
public interface ComplianceBase {}
