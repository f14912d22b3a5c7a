package com.aftersales.crm.dealer.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.dealer.control.DealerRepository;
import com.aftersales.crm.dealer.entity.Dealer;
import com.aftersales.crm.dealer.entity.DealerRow;
import com.aftersales.crm.platform.control.Aggregates;
import com.aftersales.crm.region.boundary.Regions;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.shared.ConcurrentChange;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The administrator's dealer (经销商) maintenance: paged list, create, edit. */
@Stateless
@Secured(Duty.ADMINISTRATION)
public class DealerAdministration {

    @Inject
    DealerRepository dealers;

    @Inject
    Aggregates aggregates;

    @Inject
    Regions regions;

    public long count(String filter) {
        return dealers.count(filter);
    }

    public List<DealerRow> list(String filter, int first, int max, String sortField, boolean ascending) {
        return dealers.list(filter, first, max, sortField, ascending);
    }

    public DealerDraft load(long id) {
        Dealer dealer = find(id);
        DealerDraft draft = new DealerDraft();
        draft.show(dealer.getMember(), regions.path(dealer.getRegionCode()), dealer.getVersion());
        return draft;
    }

    public long create(@NotNull @Valid DealerDraft draft) {
        draft.requireCodeFree(dealers.holdersOf(draft.codeToCheck()), null);
        return dealers.add(new Dealer(draft.member(regions.cityMarketLevel(draft.getCityCode()))));
    }

    public void update(long id, @NotNull @Valid DealerDraft draft) {
        Dealer dealer = find(id);
        if (dealer.getVersion() != draft.getVersion()) {
            throw new ConcurrentChange("dealer " + dealer.getCode());
        }
        draft.requireCodeFree(dealers.holdersOf(draft.codeToCheck()), id);
        dealer.describe(draft.member(regions.cityMarketLevel(draft.getCityCode())));
        aggregates.flush("dealer", id);
    }

    private Dealer find(long id) {
        return aggregates.find(Dealer.class, id, "dealer");
    }
}
