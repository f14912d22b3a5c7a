package com.aftersales.crm.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One line of a customer's timeline. Every feature appends its own kinds (a case opened, a follow-up call, a
 * survey…) with a reference to its record; the kind is translated by the portal, the summary is data.
 */
@Entity
@Table(name = "customer_event")
public class CustomerEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String kind;

    private String summary;

    @Column(name = "ref_type")
    private String refType;

    @Column(name = "ref_id")
    private Long refId;

    private String actor;

    protected CustomerEvent() {
    }

    public CustomerEvent(long customerId, Instant occurredAt, String kind, String summary, String refType, Long refId,
                         String actor) {
        this.customerId = customerId;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.summary = summary == null || summary.length() <= 300 ? summary : summary.substring(0, 300);
        this.refType = refType;
        this.refId = refId;
        this.actor = actor;
    }

    public Long getId() {
        return id;
    }
}
