package com.aftersales.crm.productbatch.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The batch view's filter: complaints and returns of the days {@code from} to {@code to} (both included, Beijing time;
 * empty: the alert period up to today), a product code or a batch number fragment.
 */
public class BatchFilter implements Serializable {

    private LocalDate from;
    private LocalDate to;
    private String product;
    private String batch;

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getBatch() {
        return batch;
    }

    public void setBatch(String batch) {
        this.batch = batch;
    }
}
