package com.aftersales.crm.provider.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.platform.control.Aggregates;
import com.aftersales.crm.provider.control.ServiceProviderRepository;
import com.aftersales.crm.provider.entity.ProviderRow;
import com.aftersales.crm.provider.entity.ServiceProvider;
import com.aftersales.crm.region.boundary.Regions;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.shared.ConcurrentChange;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * The administrator's service provider (服务商) maintenance: paged list, create, edit, and the status changes of the
 * agreement — suspension for rectification (停工整顿), reinstatement, termination — each a business action.
 */
@Stateless
@Secured(Duty.ADMINISTRATION)
public class ProviderAdministration {

    @Inject
    ServiceProviderRepository providers;

    @Inject
    Aggregates aggregates;

    @Inject
    Regions regions;

    public long count(String filter, ServiceProvider.Status status) {
        return providers.count(filter, status);
    }

    public List<ProviderRow> list(String filter, ServiceProvider.Status status, int first, int max, String sortField,
                                  boolean ascending) {
        return providers.list(filter, status, first, max, sortField, ascending);
    }

    public ProviderDraft load(long id) {
        ServiceProvider provider = find(id);
        ProviderDraft draft = new ProviderDraft();
        draft.show(provider, regions.path(provider.getRegionCode()));
        return draft;
    }

    public long create(@NotNull @Valid ProviderDraft draft) {
        draft.requireCodeFree(providers.holdersOf(draft.codeToCheck()), null);
        return providers.add(new ServiceProvider(draft.member(regions.cityMarketLevel(draft.getCityCode())),
                draft.getAgreementSignedOn(), draft.getGrade(), draft.getDeposit()));
    }

    public void update(long id, @NotNull @Valid ProviderDraft draft) {
        ServiceProvider provider = current(id, draft.getVersion());
        draft.requireCodeFree(providers.holdersOf(draft.codeToCheck()), id);
        provider.describe(draft.member(regions.cityMarketLevel(draft.getCityCode())));
        provider.agree(draft.getAgreementSignedOn(), draft.getGrade(), draft.getDeposit());
        flush(id);
    }

    /** 停工整顿. {@code version} is the one the administrator saw, so a decision is never taken on stale data. */
    public void suspend(long id, long version) {
        current(id, version).suspend();
        flush(id);
    }

    public void reinstate(long id, long version) {
        current(id, version).reinstate();
        flush(id);
    }

    public void terminate(long id, long version) {
        current(id, version).terminate();
        flush(id);
    }

    private ServiceProvider current(long id, long version) {
        ServiceProvider provider = find(id);
        if (provider.getVersion() != version) {
            throw new ConcurrentChange("service provider " + provider.getCode());
        }
        return provider;
    }

    private ServiceProvider find(long id) {
        return aggregates.find(ServiceProvider.class, id, "service provider");
    }

    private void flush(long id) {
        aggregates.flush("service provider", id);
    }
}
