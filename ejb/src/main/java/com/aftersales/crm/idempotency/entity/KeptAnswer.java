package com.aftersales.crm.idempotency.entity;

import java.io.Serializable;

/** The answer of the first request under a key, as it is replayed: status, Location, content type and body. */
public record KeptAnswer(int status, String location, String contentType, String body) implements Serializable {
}
