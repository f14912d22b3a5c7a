package com.aftersales.crm.timeline.entity;

import java.io.Serializable;
import java.time.Instant;

/** One thing that happened to a customer; {@code kind} is translated by the portal, {@code summary} is data. */
public record TimelineEntry(Instant occurredAt, String kind, String summary, String refType, Long refId, String actor)
        implements Serializable {
}
