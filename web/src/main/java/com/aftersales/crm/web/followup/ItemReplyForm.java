package com.aftersales.crm.web.followup;

import com.aftersales.crm.followup.boundary.ItemDetail;

import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;

/** One item opened in the dialog, with the provider's reply being written: what it did and what came of it. */
public class ItemReplyForm implements Serializable {

    @Getter private final ItemDetail detail;
    @Getter @Setter private String handling;
    @Getter @Setter private String result;

    ItemReplyForm(ItemDetail detail) {
        this.detail = detail;
    }
}
