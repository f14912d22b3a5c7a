package com.aftersales.crm.provider.boundary;

import com.aftersales.crm.provider.control.ServiceProviderRepository;
import com.aftersales.crm.provider.entity.ServiceProvider;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;

/**
 * Status changes the system makes on its own (a month-end job, in its transaction), through the provider's own rules:
 * no caller to check — the jobs that use it are started by a schedule or by a supervisor through a secured service.
 */
@Stateless
public class ProviderStatuses {

    @Inject
    ServiceProviderRepository providers;

    /** 停工整顿: the active ones among the providers are suspended; returns those that were. */
    public List<Long> suspendForRectification(Collection<Long> providerIds) {
        return providerIds.stream().map(providers::findOrNull)
                .filter(p -> p != null && p.getStatus() == ServiceProvider.Status.ACTIVE)
                .peek(ServiceProvider::suspend)
                .map(ServiceProvider::getId).toList();
    }

    /** Lifts a suspension for rectification; false when the provider was not suspended. */
    public boolean reinstate(long providerId) {
        ServiceProvider provider = providers.findOrNull(providerId);
        if (provider == null || provider.getStatus() != ServiceProvider.Status.SUSPENDED) {
            return false;
        }
        provider.reinstate();
        return true;
    }
}
