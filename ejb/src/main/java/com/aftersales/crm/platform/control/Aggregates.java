package com.aftersales.crm.platform.control;

import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.NotFound;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

/**
 * Loading an aggregate by id and saving it under its version, written once: every area's "not found" and
 * "somebody else saved it" mean the same thing, and the same exception reaches the portal and REST.
 */
@Dependent
public class Aggregates {

    @PersistenceContext
    EntityManager em;

    /** The aggregate, or {@link NotFound} naming it ("case 42"); access checks come before, in the caller. */
    public <T> T find(Class<T> type, long id, String name) {
        T aggregate = em.find(type, id);
        if (aggregate == null) {
            throw new NotFound(name + " " + id);
        }
        return aggregate;
    }

    /** Writes the pending changes now, so that a concurrent save is a {@link ConcurrentChange}, not a rollback at commit. */
    public void flush(String name, long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange(name + " " + id);
        }
    }
}
