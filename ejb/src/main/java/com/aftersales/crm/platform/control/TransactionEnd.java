package com.aftersales.crm.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work that must wait for the current transaction's outcome: what others may only see once it is committed (a job that
 * reads the new rows), or what must go when it rolls back (a file kept for a record that will not exist). Outside a
 * transaction nothing is registered.
 */
@Dependent
public class TransactionEnd {

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Runs the action once the transaction has committed; never when it rolls back. */
    public void afterCommit(Runnable action) {
        register(true, action);
    }

    /** Runs the action once the transaction has rolled back; never when it commits. */
    public void afterRollback(Runnable action) {
        register(false, action);
    }

    private void register(boolean onCommit, Runnable action) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == onCommit) {
                    action.run();
                }
            }
        });
    }
}
