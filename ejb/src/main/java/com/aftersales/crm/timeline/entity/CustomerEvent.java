package com.aftersales.crm.timeline.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/**
 * One line of a customer's timeline. Every feature appends its own kinds (a case opened, a follow-up call, a
 * survey…) with a reference to its record; the kind is translated by the portal, the summary is data.
 */
@Entity
public class CustomerEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long customerId;

    private Instant occurredAt;

    private String kind;

    private String summary;

    private String refType;

    private Long refId;

    private String actor;

    protected CustomerEvent() {
    }

    public CustomerEvent(TimelineEvent event, Instant occurredAt, String actor) {
        this.customerId = event.customerId();
        this.occurredAt = occurredAt;
        this.kind = event.kind();
        this.summary = event.summary();
        this.refType = event.refType();
        this.refId = event.refId();
        this.actor = actor;
    }

    public Long getId() {
        return id;
    }
}
