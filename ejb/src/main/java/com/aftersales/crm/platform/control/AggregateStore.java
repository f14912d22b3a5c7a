package com.aftersales.crm.platform.control;

import com.aftersales.crm.shared.NotFound;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What every aggregate's control class does the same way — load it by id, store a new one at once so that its id is
 * known (its trail and the timeline point at it), write its changes at once so that a concurrent save is a conflict,
 * not a rollback at commit — written once; the subclass adds the statements of its own tables.
 */
public abstract class AggregateStore<T> {

    @PersistenceContext
    protected EntityManager em;

    @Inject
    Aggregates aggregates;

    private final Class<T> type;
    private final String name;

    /** {@code name} is how a {@link NotFound} or a conflict names the aggregate ("case 42"). */
    protected AggregateStore(Class<T> type, String name) {
        this.type = type;
        this.name = name;
    }

    public T find(long id) {
        return aggregates.find(type, id, name);
    }

    public void add(T aggregate) {
        em.persist(aggregate);
        em.flush();
    }

    public void save(long id) {
        aggregates.flush(name, id);
    }
}
