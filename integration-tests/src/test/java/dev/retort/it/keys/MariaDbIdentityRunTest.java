package dev.retort.it.keys;

import dev.retort.it.support.Database;

/** The identity-run suite on MariaDb. */
class MariaDbIdentityRunTest extends IdentityRunSuite {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }
}
