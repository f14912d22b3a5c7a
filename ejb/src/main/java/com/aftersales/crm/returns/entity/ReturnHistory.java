package com.aftersales.crm.returns.entity;

import com.aftersales.crm.shared.AuditLine;
import com.aftersales.crm.shared.WrittenOnce;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** One decision on a return request. */
@Entity
@WrittenOnce
@Table(name = "return_request_history")
public class ReturnHistory extends AuditLine {

    private long requestId;

    private ReturnAction action;

    protected ReturnHistory() {
    }

    public ReturnHistory(long requestId, Instant occurredAt, String actor, ReturnAction action, ReturnStatus from,
                         ReturnStatus to, String note) {
        super(occurredAt, actor, state(from), state(to), note);
        this.requestId = requestId;
        this.action = action;
    }
}
