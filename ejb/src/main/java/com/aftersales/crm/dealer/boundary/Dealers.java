package com.aftersales.crm.dealer.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.dealer.control.DealerRepository;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.shared.Option;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** Dealers as staff pick them from lists. */
@Stateless
@Secured(Duty.HEAD_OFFICE)
public class Dealers {

    @Inject
    DealerRepository dealers;

    public List<Option> options() {
        return dealers.options();
    }

    public String name(long dealerId) {
        return dealers.name(dealerId);
    }
}
