package com.aftersales.crm.returns.control;

import com.aftersales.crm.platform.control.AggregateStore;
import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.returns.entity.ReturnHistory;
import com.aftersales.crm.returns.entity.ReturnHistoryEntry;
import com.aftersales.crm.returns.entity.ReturnRequest;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The return request aggregate's statements: the request and its history. */
@Dependent
public class ReturnRecords extends AggregateStore<ReturnRequest> {

    public ReturnRecords() {
        super(ReturnRequest.class, "return request");
    }

    public void addHistory(ReturnHistory line) {
        em.persist(line);
    }

    /** The request's history, oldest first. */
    public List<ReturnHistoryEntry> history(long requestId) {
        return Row.map(em.createNativeQuery("""
                        select occurred_at, actor, action, from_status, to_status, note
                        from return_request_history where request_id = ? order by occurred_at, id""")
                .setParameter(1, requestId).getResultList(),
                r -> new ReturnHistoryEntry(r.instant(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5)));
    }
}
