package com.aftersales.crm.assessment.control;

import com.aftersales.crm.assessment.entity.LineKind;
import com.aftersales.crm.assessment.entity.MonthPolicies;
import com.aftersales.crm.assessment.entity.PolicyUsed;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * Scores a month for every signed provider at once (月度考核): one INSERT … SELECT per kind of line over the month's
 * recorded events and the supervisor's items, then one UPDATE for the totals. Recomputing replaces the month's
 * assessments and lines; a confirmed month is never touched. Events are taken by the moment they were recorded, in
 * Beijing time: a breach by its detection, an unsatisfied answer by its answer, a late reply when it was recorded late,
 * an archive week by its deadline, a network event when it occurred, a service-case month by its month.
 *
 * <p>A declared <b>set-based read model</b> across areas: each kind of line is one {@code INSERT … SELECT} over the
 * month's recorded events of the other areas — {@code sla_breach} (service cases), {@code survey_response} and
 * {@code unsatisfied_item}/{@code unsatisfied_item_round} (follow-ups), {@code archive_submission_week} (submissions),
 * {@code network_event} (information), {@code case_study_compliance} (case studies) — for every signed provider of
 * {@code service_provider} at once; reading them through the areas' boundaries would be a query per provider.
 */
@Dependent
public class MonthlyAssessor {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    /** The month's status, or null when never computed; locks the row so that two computations queue. */
    public String status(YearMonth month) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select status from assessment_month where month = ? for update")
                .setParameter(1, Date.valueOf(month.atDay(1))).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /** @return the number of providers assessed, or -1 when the month is confirmed (nothing recomputed) */
    public int compute(YearMonth month, MonthPolicies policies, Instant now, String by) {
        Date first = Date.valueOf(month.atDay(1));
        Date next = Date.valueOf(month.plusMonths(1).atDay(1));
        Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(BUSINESS_ZONE).toInstant());
        Timestamp to = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(BUSINESS_ZONE).toInstant());
        Timestamp at = Timestamp.from(now);
        int claimed = em.createNativeQuery("""
                        insert into assessment_month (month, status, computed_at, computed_by) values (?, 'COMPUTED', ?, ?)
                        on conflict (month) do update set computed_at = excluded.computed_at, computed_by = excluded.computed_by
                        where assessment_month.status = 'COMPUTED'""")
                .setParameter(1, first).setParameter(2, at).setParameter(3, by).executeUpdate();
        if (claimed == 0) {
            return -1;
        }
        em.createNativeQuery("delete from monthly_assessment where month = ?").setParameter(1, first).executeUpdate();
        PolicyUsed base = policies.base();
        PolicyUsed threshold = policies.threshold();
        int assessed = em.createNativeQuery("""
                        insert into monthly_assessment (provider_id, month, base_score, base_policy_id, deductions, merits,
                                                        score, counted_score, threshold, threshold_policy_id, computed_at)
                        select p.id, ?, ?, ?, 0, 0, ?, case when ? <= ? then 0 else ? end, ?, ?, ?
                        from service_provider p
                        where p.status <> 'TERMINATED' and p.agreement_signed_on is not null and p.agreement_signed_on < ?""")
                .setParameter(1, first).setParameter(2, base.value()).setParameter(3, base.id())
                .setParameter(4, base.value()).setParameter(5, base.value()).setParameter(6, threshold.value())
                .setParameter(7, base.value()).setParameter(8, threshold.value()).setParameter(9, threshold.id())
                .setParameter(10, at).setParameter(11, next).executeUpdate();

        PolicyUsed sla = policies.points(LineKind.SLA_BREACH);
        em.createNativeQuery("""
                        insert into assessment_line (assessment_id, kind, points, source_type, source_id, occurred_at, policy_id, note)
                        select a.id, 'SLA_BREACH', -cast(? as numeric), 'SLA_BREACH', b.id, b.due_at, ?, b.case_id::text
                        from sla_breach b join monthly_assessment a on a.provider_id = b.provider_id and a.month = ?
                        where b.detected_at >= ? and b.detected_at < ?""")
                .setParameter(1, sla.value()).setParameter(2, sla.id()).setParameter(3, first)
                .setParameter(4, from).setParameter(5, to).executeUpdate();

        PolicyUsed unsatisfied = policies.points(LineKind.UNSATISFIED_FOLLOW_UP);
        em.createNativeQuery("""
                        insert into assessment_line (assessment_id, kind, points, source_type, source_id, occurred_at, policy_id, note)
                        select a.id, 'UNSATISFIED_FOLLOW_UP', -cast(? as numeric), 'SURVEY_RESPONSE', s.id, s.answered_at, ?,
                               s.follow_up_id::text
                        from survey_response s join monthly_assessment a on a.provider_id = s.provider_id and a.month = ?
                        where not s.satisfied and s.answered_at >= ? and s.answered_at < ?""")
                .setParameter(1, unsatisfied.value()).setParameter(2, unsatisfied.id()).setParameter(3, first)
                .setParameter(4, from).setParameter(5, to).executeUpdate();

        PolicyUsed lateReply = policies.points(LineKind.LATE_ITEM_REPLY);
        em.createNativeQuery("""
                        insert into assessment_line (assessment_id, kind, points, source_type, source_id, occurred_at, policy_id, note)
                        select a.id, 'LATE_ITEM_REPLY', -cast(? as numeric), 'ITEM_ROUND', r.id, r.reply_due, ?, i.id::text
                        from unsatisfied_item_round r join unsatisfied_item i on i.id = r.item_id
                        join monthly_assessment a on a.provider_id = i.provider_id and a.month = ?
                        where r.late_recorded_at >= ? and r.late_recorded_at < ?""")
                .setParameter(1, lateReply.value()).setParameter(2, lateReply.id()).setParameter(3, first)
                .setParameter(4, from).setParameter(5, to).executeUpdate();

        PolicyUsed late = policies.points(LineKind.ARCHIVE_LATE);
        PolicyUsed missing = policies.points(LineKind.ARCHIVE_MISSING);
        em.createNativeQuery("""
                        insert into assessment_line (assessment_id, kind, points, source_type, source_id, source_date,
                                                     occurred_at, policy_id, note)
                        select a.id, 'ARCHIVE_' || w.outcome,
                               -case when w.outcome = 'LATE' then cast(? as numeric) else cast(? as numeric) end,
                               'ARCHIVE_WEEK', w.first_submission_id, w.week_start, w.deadline_at,
                               case when w.outcome = 'LATE' then ? else ? end, to_char(w.week_start, 'YYYY-MM-DD')
                        from archive_submission_week w join monthly_assessment a on a.provider_id = w.provider_id and a.month = ?
                        join service_provider p on p.id = w.provider_id
                        where w.outcome in ('LATE', 'MISSING') and w.deadline_at >= ? and w.deadline_at < ?
                          and archive_week_owed(w.week_start, p.created_at)
                          and w.week_start >= cast(? as date) - 7 and w.week_start < ?""")
                .setParameter(1, late.value()).setParameter(2, missing.value()).setParameter(3, late.id())
                .setParameter(4, missing.id()).setParameter(5, first).setParameter(6, from).setParameter(7, to)
                .setParameter(8, first).setParameter(9, next).executeUpdate();

        PolicyUsed caseStudyMissing = policies.points(LineKind.CASE_STUDY_MISSING);
        PolicyUsed caseStudyWorthless = policies.points(LineKind.CASE_STUDY_WORTHLESS);
        em.createNativeQuery("""
                        insert into assessment_line (assessment_id, kind, points, source_type, source_id, occurred_at, policy_id, note)
                        select a.id, 'CASE_STUDY_' || c.reason,
                               -case when c.reason = 'MISSING' then cast(? as numeric) else cast(? as numeric) end,
                               'CASE_STUDY_COMPLIANCE', c.id, c.recorded_at,
                               case when c.reason = 'MISSING' then ? else ? end, to_char(c.month, 'YYYY-MM')
                        from case_study_compliance c join monthly_assessment a on a.provider_id = c.provider_id and a.month = c.month
                        where c.month = ? and not c.compliant""")
                .setParameter(1, caseStudyMissing.value()).setParameter(2, caseStudyWorthless.value())
                .setParameter(3, caseStudyMissing.id()).setParameter(4, caseStudyWorthless.id()).setParameter(5, first)
                .executeUpdate();

        PolicyUsed nonStandard = policies.points(LineKind.INFO_NON_STANDARD);
        PolicyUsed notTimely = policies.points(LineKind.SERVICE_NOT_TIMELY);
        em.createNativeQuery("""
                        insert into assessment_line (assessment_id, kind, points, source_type, source_id, occurred_at, policy_id, note)
                        select a.id, e.kind,
                               -case when e.kind = 'INFO_NON_STANDARD' then cast(? as numeric) else cast(? as numeric) end,
                               'NETWORK_EVENT', e.id, e.occurred_at,
                               case when e.kind = 'INFO_NON_STANDARD' then ? else ? end, e.source_id::text
                        from network_event e join monthly_assessment a on a.provider_id = e.provider_id and a.month = ?
                        where e.provider_id is not null and e.occurred_at >= ? and e.occurred_at < ?""")
                .setParameter(1, nonStandard.value()).setParameter(2, notTimely.value()).setParameter(3, nonStandard.id())
                .setParameter(4, notTimely.id()).setParameter(5, first).setParameter(6, from).setParameter(7, to)
                .executeUpdate();

        em.createNativeQuery("""
                        insert into assessment_line (assessment_id, kind, points, source_type, source_id, occurred_at, policy_id, note)
                        select a.id, m.kind, m.points, 'MANUAL_ITEM', m.id, m.entered_at, m.policy_id, m.note
                        from assessment_manual_item m join monthly_assessment a on a.provider_id = m.provider_id and a.month = m.month
                        where m.month = ?""")
                .setParameter(1, first).executeUpdate();

        em.createNativeQuery("""
                        update monthly_assessment a
                        set deductions = t.deductions, merits = t.merits,
                            score = greatest(0, a.base_score - t.deductions + t.merits),
                            counted_score = case when greatest(0, a.base_score - t.deductions + t.merits) <= a.threshold then 0
                                                 else greatest(0, a.base_score - t.deductions + t.merits) end
                        from (select l.assessment_id,
                                     coalesce(-sum(l.points) filter (where l.points < 0), 0) as deductions,
                                     coalesce(sum(l.points) filter (where l.points > 0), 0) as merits
                              from assessment_line l join monthly_assessment m on m.id = l.assessment_id
                              where m.month = ? group by l.assessment_id) t
                        where t.assessment_id = a.id""")
                .setParameter(1, first).executeUpdate();
        return assessed;
    }

    /** @return whether the month was confirmed now (false: never computed, or already confirmed) */
    public boolean confirm(YearMonth month, Instant now, String by) {
        return em.createNativeQuery("""
                        update assessment_month set status = 'CONFIRMED', confirmed_at = ?, confirmed_by = ?
                        where month = ? and status = 'COMPUTED'""")
                .setParameter(1, Timestamp.from(now)).setParameter(2, by).setParameter(3, Date.valueOf(month.atDay(1)))
                .executeUpdate() == 1;
    }
}
