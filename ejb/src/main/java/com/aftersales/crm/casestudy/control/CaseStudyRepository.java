package com.aftersales.crm.casestudy.control;

import com.aftersales.crm.casestudy.entity.CaseStudy;
import com.aftersales.crm.casestudy.entity.CaseStudyFile;
import com.aftersales.crm.casestudy.entity.CaseStudyRow;
import com.aftersales.crm.casestudy.entity.ComplianceRow;
import com.aftersales.crm.casestudy.entity.NoticeRow;
import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every statement on the service cases (服务案例), their attachments, the months closed and the suspension notices.
 * {@code provider} null means every provider's; otherwise one provider's only.
 *
 * <p>A declared <b>read model and set-based writer</b> across areas: the lists name each provider
 * ({@code service_provider}, joined in the one statement), and closing a month records every active signed provider
 * of {@code service_provider} in one {@code INSERT … SELECT}, never a statement per provider.
 */
@Dependent
public class CaseStudyRepository {

    /** A suspension notice as lifting it needs it. */
    public record Notice(long providerId, Instant liftedAt) {
    }

    /** A stored attachment, to stream. */
    public record Attachment(String originalName, String fileType, long size, String storedName) {
    }

    /** A provider's month as closing it recorded it. */
    public record Recorded(long providerId, boolean compliant) {
    }

    @PersistenceContext
    EntityManager em;

    public long add(CaseStudy study) {
        em.persist(study);
        em.flush();
        return study.getId();
    }

    /** The case study, or null (a provider asking for another's gets the same "not found" as for a missing one). */
    public CaseStudy findOrNull(long caseStudyId) {
        return em.find(CaseStudy.class, caseStudyId);
    }

    public Optional<Notice> notice(long noticeId) {
        return Row.map(em.createNativeQuery("select provider_id, lifted_at from provider_notice where id = ?")
                .setParameter(1, noticeId).getResultList(), r -> new Notice(r.longValue(0), r.instant(1)))
                .stream().findFirst();
    }

    public void liftNotice(long noticeId, Instant at, String by) {
        em.createNativeQuery("update provider_notice set lifted_at = ?, lifted_by = ? where id = ?")
                .setParameter(1, Timestamp.from(at)).setParameter(2, by)
                .setParameter(3, noticeId).executeUpdate();
    }

    /** Service cases, newest month first, each with its attachments (read in one more query). */
    public List<CaseStudyRow> list(Long provider, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        String where = scope("s.provider_id", provider, parameters);
        parameters.add(Math.max(1, Math.min(max, 200)));
        parameters.add(Math.max(0, first));
        List<Row> rows = Row.map(SqlValues.bind(em.createNativeQuery("""
                        select s.id, s.provider_id, p.name, s.month, s.title, s.situation, s.handling, s.lessons,
                               s.submitted_at, s.submitted_by, s.worthless, s.judged_by, s.judgement_reason
                        from case_study s join service_provider p on p.id = s.provider_id""" + where
                + " order by s.month desc, s.submitted_at desc limit ? offset ?"), parameters).getResultList(), r -> r);
        Map<Long, List<CaseStudyFile>> files = files(rows.stream().map(r -> r.longValue(0)).toList());
        return rows.stream().map(r -> new CaseStudyRow(r.longValue(0), r.longValue(1), r.text(2), r.date(3), r.text(4),
                r.text(5), r.text(6), r.text(7), r.instant(8), r.text(9), r.bool(10), r.text(11), r.text(12),
                files.getOrDefault(r.longValue(0), List.of()))).toList();
    }

    /** The attachments of the listed cases, in one query. */
    private Map<Long, List<CaseStudyFile>> files(List<Long> studyIds) {
        Map<Long, List<CaseStudyFile>> files = new HashMap<>();
        if (studyIds.isEmpty()) {
            return files;
        }
        Row.map(em.createNativeQuery("""
                        select case_study_id, id, original_name, file_type, size_bytes from case_study_attachment
                        where case_study_id = any(cast(? as bigint[])) order by case_study_id, id""")
                .setParameter(1, SqlValues.arrayLiteral(studyIds)).getResultList(), r -> r)
                .forEach(r -> files.computeIfAbsent(r.longValue(0), k -> new ArrayList<>())
                        .add(new CaseStudyFile(r.longValue(1), r.text(2), r.text(3), r.longValue(4))));
        return files;
    }

    public long attachmentCount(long caseStudyId) {
        return Row.of(em.createNativeQuery("select count(*) from case_study_attachment where case_study_id = ?")
                .setParameter(1, caseStudyId).getSingleResult()).longValue(0);
    }

    public long addAttachment(long caseStudyId, String fileType, String storedName, String originalName, long size,
                              String sha256, Instant at, String by) {
        return Row.of(em.createNativeQuery("""
                        insert into case_study_attachment (case_study_id, file_type, stored_name, original_name, size_bytes,
                                                           sha256, uploaded_at, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .setParameter(1, caseStudyId).setParameter(2, fileType).setParameter(3, storedName)
                .setParameter(4, originalName).setParameter(5, size).setParameter(6, sha256)
                .setParameter(7, Timestamp.from(at)).setParameter(8, by).getSingleResult()).longValue(0);
    }

    /** The attachment, when its case is the provider's (or any provider's). */
    public Optional<Attachment> attachment(long attachmentId, Long provider) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(attachmentId);
        String where = scope("s.provider_id", provider, parameters).replace(" where ", " and ");
        return Row.map(SqlValues.bind(em.createNativeQuery("""
                        select a.original_name, a.file_type, a.size_bytes, a.stored_name
                        from case_study_attachment a join case_study s on s.id = a.case_study_id
                        where a.id = ?""" + where), parameters).getResultList(),
                r -> new Attachment(r.text(0), r.text(1), r.longValue(2), r.text(3))).stream().findFirst();
    }

    /** Closed months, latest first, with the deductions. */
    public List<ComplianceRow> compliance(Long provider, int max) {
        List<Object> parameters = new ArrayList<>();
        String where = scope("c.provider_id", provider, parameters);
        parameters.add(Math.max(1, Math.min(max, 500)));
        return Row.map(SqlValues.bind(em.createNativeQuery("""
                        select c.provider_id, p.name, c.month, c.compliant, c.reason, c.deduction
                        from case_study_compliance c join service_provider p on p.id = c.provider_id""" + where
                + " order by c.month desc, p.name limit ?"), parameters).getResultList(), r -> new ComplianceRow(
                r.longValue(0), r.text(1), r.date(2), r.bool(3), r.text(4), r.decimal(5)));
    }

    /** Suspension notices, open ones first. */
    public List<NoticeRow> notices(Long provider) {
        List<Object> parameters = new ArrayList<>();
        String where = scope("n.provider_id", provider, parameters);
        return Row.map(SqlValues.bind(em.createNativeQuery("""
                        select n.id, n.provider_id, p.name, n.period, n.created_at, n.lifted_at, n.lifted_by
                        from provider_notice n join service_provider p on p.id = n.provider_id""" + where
                + " order by n.lifted_at is not null, n.created_at desc limit 100"), parameters).getResultList(),
                r -> new NoticeRow(r.longValue(0), r.longValue(1), r.text(2), r.date(3), r.instant(4), r.instant(5),
                        r.text(6)));
    }

    /** Whether the provider's month is closed already. */
    public boolean closed(Long providerId, YearMonth month) {
        return Row.of(em.createNativeQuery("select count(*) from case_study_compliance where provider_id = ? and month = ?")
                .setParameter(1, providerId).setParameter(2, Date.valueOf(month.atDay(1))).getSingleResult())
                .longValue(0) > 0;
    }

    /**
     * Records the month for every active provider whose agreement was signed by its end: compliant with a case that
     * counts, else missing or worthless with the deduction. A provider's month already recorded is left alone.
     */
    public List<Recorded> recordMonth(YearMonth month, BigDecimal deduction, long deductionPolicyId, Instant now) {
        Date first = Date.valueOf(month.atDay(1));
        return Row.map(em.createNativeQuery("""
                        insert into case_study_compliance (provider_id, month, compliant, reason, deduction,
                                                           deduction_policy_id, recorded_at)
                        select p.id, ?, c.counts > 0,
                               case when c.counts > 0 then null when c.submitted > 0 then 'WORTHLESS' else 'MISSING' end,
                               case when c.counts > 0 then 0 else ? end,
                               case when c.counts > 0 then null else ? end, ?
                        from service_provider p
                        cross join lateral (select count(*) filter (where not s.worthless) as counts, count(*) as submitted
                                            from case_study s where s.provider_id = p.id and s.month = ?) c
                        where p.status = 'ACTIVE' and p.agreement_signed_on is not null
                          and p.agreement_signed_on < cast(? as date) + interval '1 month'
                        on conflict (provider_id, month) do nothing
                        returning provider_id, compliant""")
                .setParameter(1, first).setParameter(2, deduction).setParameter(3, deductionPolicyId)
                .setParameter(4, Timestamp.from(now)).setParameter(5, first).setParameter(6, first).getResultList(),
                r -> new Recorded(r.longValue(0), r.bool(1)));
    }

    /** The providers non-compliant in each of the {@code months} months up to this one. */
    public List<Long> nonCompliantInARow(YearMonth month, int months) {
        Date first = Date.valueOf(month.atDay(1));
        return Row.map(em.createNativeQuery("""
                        select c.provider_id from case_study_compliance c
                        where c.month > cast(? as date) - ? * interval '1 month' and c.month <= ? and not c.compliant
                        group by c.provider_id having count(*) = ?""")
                .setParameter(1, first).setParameter(2, months).setParameter(3, first).setParameter(4, months)
                .getResultList(), r -> r.longValue(0));
    }

    /** Tells a suspended provider why, in its portal (once per month). */
    public void noticeSuspension(long providerId, YearMonth month, Instant now) {
        em.createNativeQuery("""
                        insert into provider_notice (provider_id, kind, period, created_at)
                        values (?, 'SUSPENDED_CASE_STUDIES', ?, ?) on conflict do nothing""")
                .setParameter(1, providerId).setParameter(2, Date.valueOf(month.atDay(1))).setParameter(3, Timestamp.from(now))
                .executeUpdate();
    }

    private static String scope(String column, Long provider, List<Object> parameters) {
        if (provider == null) {
            return "";
        }
        parameters.add(provider);
        return " where " + column + " = ?";
    }
}
