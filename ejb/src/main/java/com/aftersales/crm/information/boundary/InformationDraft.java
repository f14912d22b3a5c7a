package com.aftersales.crm.information.boundary;

import com.aftersales.crm.information.entity.InformationCategory;
import com.aftersales.crm.information.entity.Urgency;

import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;

/** An information item as the form fills it in; the addressee (dealer or provider) only when the department sends it. */
public class InformationDraft implements Serializable {

    @Getter @Setter private InformationCategory category;
    @Getter @Setter private Urgency urgency = Urgency.WEEKLY;
    @Getter @Setter private String subject;
    @Getter @Setter private String content;
    @Getter @Setter private String proposal;
    @Getter @Setter private Long customerId;
    @Getter @Setter private Long productId;
    @Getter @Setter private Long dealerId;
    @Getter @Setter private Long providerId;
}
