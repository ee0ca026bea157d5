package org.zhifa.workstation.store;

import org.jooq.DSLContext;

/**
 * A unit of work on the database, handed to repositories. Services pass it along without seeing jOOQ: only the
 * store opens it up.
 */
public final class Tx {
    private final DSLContext dsl;

    Tx(DSLContext dsl) {
        this.dsl = dsl;
    }

    DSLContext dsl() {
        return dsl;
    }
}
