package com.aftersales.crm.servicecase.control;

import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.servicecase.entity.CaseClock;
import com.aftersales.crm.servicecase.entity.ClockPause;
import com.aftersales.crm.servicecase.entity.DelayParty;
import com.aftersales.crm.servicecase.entity.PauseReason;
import com.aftersales.crm.servicecase.entity.PauseRow;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The statements of SLA clock pauses ({@code sla_pause}) and of the policy list of their reasons ({@code sla_pause_reason}). */
@Dependent
public class PauseRecords {

    private static final String REASON_COLUMNS = "code, label_zh, label_en, party, evidence_required, active";

    @PersistenceContext
    EntityManager em;

    /**
     * A SQL condition: the clock of case {@code sc} stands paused for a party that stops it, now (an open pause of its
     * current cycle, read through the partial index {@code sla_pause_open_once}).
     */
    public static String pausedNow(String clock) {
        return "exists (select from sla_pause sp where sp.case_id = sc.id and sp.clock = '" + CaseClock.valueOf(clock).name()
                + "' and sp.cycle = sc.reopen_count and sp.resumed_at is null and sp.rejected_at is null"
                + " and sp.party <> 'PROVIDER')";
    }

    /** The reasons, in the administrator's order; only the active ones unless {@code all}. */
    public List<PauseReason> reasons(boolean all) {
        return Row.map(em.createNativeQuery("select " + REASON_COLUMNS + " from sla_pause_reason"
                        + (all ? "" : " where active") + " order by sort_order, code").getResultList(), PauseRecords::reason);
    }

    public Optional<PauseReason> reason(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Row.map(em.createNativeQuery("select " + REASON_COLUMNS + " from sla_pause_reason where code = ?")
                .setParameter(1, code.trim()).getResultList(), PauseRecords::reason).stream().findFirst();
    }

    /** Adds a reason at the end of the list, or changes one (its order stays); a reason in use is deactivated, never deleted. */
    public void saveReason(PauseReason reason) {
        if (reason.code() == null || !reason.code().matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new InvalidInput("code", "pause.error.reasonCode");
        }
        if (reason.labelZh() == null || reason.labelZh().isBlank() || reason.labelEn() == null || reason.labelEn().isBlank()) {
            throw new InvalidInput("label", "validation.required");
        }
        if (reason.party() == null) {
            throw new InvalidInput("party", "validation.required");
        }
        em.createNativeQuery("""
                        insert into sla_pause_reason (code, label_zh, label_en, party, evidence_required, active, sort_order)
                        select ?, ?, ?, ?, ?, ?, coalesce(max(sort_order), 0) + 10 from sla_pause_reason
                        on conflict (code) do update set label_zh = excluded.label_zh, label_en = excluded.label_en,
                            party = excluded.party, evidence_required = excluded.evidence_required,
                            active = excluded.active""")
                .setParameter(1, reason.code()).setParameter(2, reason.labelZh().trim())
                .setParameter(3, reason.labelEn().trim()).setParameter(4, reason.party().name())
                .setParameter(5, reason.evidenceRequired()).setParameter(6, reason.active()).executeUpdate();
    }

    public void add(ClockPause pause) {
        em.persist(pause);
        em.flush();
    }

    /** Writes the pending changes (a pause's end, a moved deadline) before a statement reads them. */
    public void flush() {
        em.flush();
    }

    /** The open pause of the clock in its current cycle, locked, if any. */
    public Optional<ClockPause> open(long caseId, CaseClock clock, int cycle) {
        return em.createQuery("""
                        select p from ClockPause p where p.caseId = :caseId and p.clock = :clock and p.cycle = :cycle
                        and p.resumedAt is null and p.rejectedAt is null""", ClockPause.class)
                .setParameter("caseId", caseId).setParameter("clock", clock).setParameter("cycle", cycle)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /** A pause of this case, locked; "not found" for a pause of another case. */
    public ClockPause find(long caseId, long pauseId) {
        ClockPause pause = em.find(ClockPause.class, pauseId, LockModeType.PESSIMISTIC_WRITE);
        if (pause == null || pause.getCaseId() != caseId) {
            throw new NotFound("pause " + pauseId);
        }
        return pause;
    }

    /** A pause by its id, unlocked, if any (whose case the caller checks). */
    public Optional<ClockPause> get(long pauseId) {
        return Optional.ofNullable(em.find(ClockPause.class, pauseId));
    }

    /** The life of the case's clocks: every pause, oldest first, with its reason's labels. */
    public List<PauseRow> life(long caseId) {
        return Row.map(em.createNativeQuery("""
                        select p.id, p.clock, p.cycle, p.reason_code, r.label_zh, r.label_en, p.party, p.note, p.recording_id,
                               p.due_at_pause, p.paused_at, p.paused_by, p.resumed_at, p.resumed_by, p.shift_seconds / 60,
                               p.rejected_at, p.rejected_by, p.rejection_reason, p.photo_stored_name is not null
                        from sla_pause p join sla_pause_reason r on r.code = p.reason_code
                        where p.case_id = ? order by p.paused_at, p.id""")
                        .setParameter(1, caseId).getResultList(),
                r -> new PauseRow(r.longValue(0), r.text(1), r.intValue(2), r.text(3), r.text(4), r.text(5), r.text(6),
                        r.text(7), r.text(8), r.instant(9), r.instant(10), r.text(11), r.instant(12), r.text(13),
                        r.longValue(14), r.instant(15), r.text(16), r.text(17), r.bool(18)));
    }

    private static PauseReason reason(Row r) {
        return new PauseReason(r.text(0), r.text(1), r.text(2), r.enumValue(3, DelayParty.class), r.bool(4), r.bool(5));
    }
}
