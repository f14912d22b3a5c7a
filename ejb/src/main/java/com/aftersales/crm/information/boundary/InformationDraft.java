package com.aftersales.crm.information.boundary;

import com.aftersales.crm.information.entity.InformationCategory;
import com.aftersales.crm.information.entity.Urgency;

import java.io.Serializable;

/** An information item as the form fills it in; the addressee (dealer or provider) only when the department sends it. */
public class InformationDraft implements Serializable {

    private InformationCategory category;
    private Urgency urgency = Urgency.WEEKLY;
    private String subject;
    private String content;
    private String proposal;
    private Long customerId;
    private Long productId;
    private Long dealerId;
    private Long providerId;

    public InformationCategory getCategory() {
        return category;
    }

    public void setCategory(InformationCategory category) {
        this.category = category;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getProposal() {
        return proposal;
    }

    public void setProposal(String proposal) {
        this.proposal = proposal;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public Long getDealerId() {
        return dealerId;
    }

    public void setDealerId(Long dealerId) {
        this.dealerId = dealerId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }
}
