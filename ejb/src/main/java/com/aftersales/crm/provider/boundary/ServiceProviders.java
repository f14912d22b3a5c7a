package com.aftersales.crm.provider.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.provider.control.ServiceProviderRepository;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.shared.Option;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** Service providers as staff pick them from lists. */
@Stateless
@Secured(Duty.HEAD_OFFICE)
public class ServiceProviders {

    @Inject
    ServiceProviderRepository providers;

    public List<Option> options() {
        return providers.options();
    }

    /** Providers that may receive work today (not suspended for rectification, not terminated). */
    public List<Option> activeOptions() {
        return providers.activeOptions();
    }
}
