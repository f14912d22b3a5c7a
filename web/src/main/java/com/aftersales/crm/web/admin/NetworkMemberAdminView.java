package com.aftersales.crm.web.admin;

import com.aftersales.crm.shared.NetworkMemberDraft;
import jakarta.inject.Inject;

/** The dealers' and the providers' screens alike: a member's city is picked province → city, and sets its market level. */
public abstract class NetworkMemberAdminView<R, D extends NetworkMemberDraft> extends ReferenceDataView<R, D> {

    @Inject
    CityPicker cityPicker;

    protected NetworkMemberAdminView(String records, String dialog) {
        super(records, dialog);
    }

    public void provinceChanged() {
        getDraft().setCityCode(null);
        getDraft().setMarketLevel(null);
    }

    /** The market level follows the city unless the administrator changes it afterwards. */
    public void cityChanged() {
        getDraft().setMarketLevel(cityPicker.marketLevel(getDraft().getProvinceCode(), getDraft().getCityCode()));
    }
}
