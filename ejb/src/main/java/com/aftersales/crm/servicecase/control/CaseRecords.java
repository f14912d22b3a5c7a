package com.aftersales.crm.servicecase.control;

import com.aftersales.crm.platform.control.AggregateStore;
import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.servicecase.entity.CaseHistory;
import com.aftersales.crm.servicecase.entity.HistoryEntry;
import com.aftersales.crm.servicecase.entity.ServiceCase;
import jakarta.enterprise.context.Dependent;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The service case aggregate's statements: the case, its audit trail and its escalations. */
@Dependent
public class CaseRecords extends AggregateStore<ServiceCase> {

    public CaseRecords() {
        super(ServiceCase.class, "case");
    }

    /** Writes the pending changes before a statement that reads them (the late clocks of a reply or visit). */
    public void writePending() {
        em.flush();
    }

    public void addHistory(CaseHistory line) {
        em.persist(line);
    }

    /** The case's trail, oldest first. */
    public List<HistoryEntry> history(long caseId) {
        return Row.map(em.createNativeQuery("""
                        select occurred_at, actor, action, from_status, to_status, order_id, note
                        from case_history where case_id = ? order by occurred_at, id""")
                .setParameter(1, caseId).getResultList(),
                r -> new HistoryEntry(r.instant(0), r.text(1), r.text(2), r.text(3), r.text(4), r.longOrNull(5), r.text(6)));
    }

    public void escalate(long caseId, String reason, Instant now) {
        em.createNativeQuery("insert into case_escalation (case_id, reason, escalated_at) values (?, ?, ?)")
                .setParameter(1, caseId).setParameter(2, reason).setParameter(3, Timestamp.from(now)).executeUpdate();
    }

    /** Acknowledges an escalation still open; false when there is none (unknown, or acknowledged already). */
    public boolean acknowledge(long escalationId, String actor, Instant now) {
        return em.createNativeQuery("""
                        update case_escalation set acknowledged_by = ?, acknowledged_at = ?
                        where id = ? and acknowledged_at is null""")
                .setParameter(1, actor).setParameter(2, now).setParameter(3, escalationId)
                .executeUpdate() > 0;
    }
}
