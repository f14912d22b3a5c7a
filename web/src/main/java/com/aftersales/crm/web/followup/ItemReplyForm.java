package com.aftersales.crm.web.followup;

import com.aftersales.crm.followup.boundary.ItemDetail;

import java.io.Serializable;

/** One item opened in the dialog, with the provider's reply being written: what it did and what came of it. */
public class ItemReplyForm implements Serializable {

    private final ItemDetail detail;
    private String handling;
    private String result;

    ItemReplyForm(ItemDetail detail) {
        this.detail = detail;
    }

    public ItemDetail getDetail() {
        return detail;
    }

    public String getHandling() {
        return handling;
    }

    public void setHandling(String handling) {
        this.handling = handling;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }
}
