package com.aftersales.crm.web.followup;

import com.aftersales.crm.followup.entity.ItemStatus;

import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;

/** The follow-up items list's filter bar: one status (awaiting a reply by default, blank: all), only the late ones. */
public class ItemFilter implements Serializable {

    @Getter @Setter private ItemStatus status = ItemStatus.AWAITING_REPLY;
    @Getter @Setter private boolean overdueOnly;
}
