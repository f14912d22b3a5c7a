package com.aftersales.crm.provider.boundary;

import com.aftersales.crm.provider.entity.ServiceProvider;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;

/**
 * Status changes the system makes on its own (a month-end job, in its transaction), through the provider's own rules:
 * no caller to check — the jobs that use it are started by a schedule or by a supervisor through a secured service.
 */
@Stateless
public class ProviderStatuses {

    @PersistenceContext
    EntityManager em;

    /** 停工整顿: the active ones among the providers are suspended; returns those that were. */
    public List<Long> suspendForRectification(Collection<Long> providerIds) {
        return providerIds.stream().map(id -> em.find(ServiceProvider.class, id))
                .filter(p -> p != null && p.getStatus() == ServiceProvider.Status.ACTIVE)
                .peek(ServiceProvider::suspend)
                .map(ServiceProvider::getId).toList();
    }

    /** Lifts a suspension for rectification; false when the provider was not suspended. */
    public boolean reinstate(long providerId) {
        ServiceProvider provider = em.find(ServiceProvider.class, providerId);
        if (provider == null || provider.getStatus() != ServiceProvider.Status.SUSPENDED) {
            return false;
        }
        provider.reinstate();
        return true;
    }
}
