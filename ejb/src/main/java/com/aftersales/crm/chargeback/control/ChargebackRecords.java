package com.aftersales.crm.chargeback.control;

import com.aftersales.crm.chargeback.entity.ChargebackLine;
import com.aftersales.crm.chargeback.entity.CostDimension;
import com.aftersales.crm.chargeback.entity.CostFigure;
import com.aftersales.crm.chargeback.entity.CostKind;
import com.aftersales.crm.chargeback.entity.CostRow;
import com.aftersales.crm.chargeback.entity.CostSource;
import com.aftersales.crm.chargeback.entity.LineFilter;
import com.aftersales.crm.chargeback.entity.LineRow;
import com.aftersales.crm.chargeback.entity.LineStatus;
import com.aftersales.crm.chargeback.entity.Party;
import com.aftersales.crm.chargeback.entity.ShareRow;
import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.Money;
import com.aftersales.crm.shared.NotFound;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements on {@code responsibility_share}, {@code case_cost} and {@code chargeback_line}. The lists join
 * {@code service_provider}, {@code dealer} (the party's name) and {@code service_case} (the product, for the cost
 * report) to read a page in one statement: a declared read of those areas' tables.
 */
@Dependent
public class ChargebackRecords {

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    /** Which lines a caller sees: all (both null), a provider's or a dealer's. */
    public record Scope(Long providerId, Long dealerId) {
        public static final Scope ALL = new Scope(null, null);
    }

    @PersistenceContext
    EntityManager em;

    public long addCost(long caseId, CostKind kind, Money amount, String note, CostSource source, Long orderId,
                        String by, Instant now) {
        return Row.of(em.createNativeQuery("""
                        insert into case_cost (case_id, kind, amount, note, source, order_id, entered_by, entered_at)
                        values (?, ?, ?, ?, ?, cast(? as bigint), ?, ?) returning id""")
                .setParameter(1, caseId).setParameter(2, kind.name()).setParameter(3, amount.amount())
                .setParameter(4, note).setParameter(5, source.name()).setParameter(6, orderId)
                .setParameter(7, by).setParameter(8, Timestamp.from(now)).getSingleResult()).longValue(0);
    }

    public List<CostRow> costs(long caseId) {
        return Row.map(em.createNativeQuery("""
                        select id, kind, amount, note, source, order_id, entered_by, entered_at
                        from case_cost where case_id = ? order by entered_at, id""")
                .setParameter(1, caseId).getResultList(),
                r -> new CostRow(r.longValue(0), r.text(1), r.decimal(2), r.text(3), r.text(4), r.longOrNull(5),
                        r.text(6), r.instant(7)));
    }

    public Money totalCost(long caseId) {
        Object total = em.createNativeQuery("select coalesce(sum(amount), 0) from case_cost where case_id = ?")
                .setParameter(1, caseId).getSingleResult();
        return Money.of(new BigDecimal(total.toString()));
    }

    /** Serialises the judgements of one case (two supervisors splitting it at once): locks the case's row. */
    public void lockCase(long caseId) {
        em.createNativeQuery("select id from service_case where id = ? for update").setParameter(1, caseId).getResultList();
    }

    public boolean split(long caseId) {
        return Row.of(em.createNativeQuery("select count(*) from responsibility_share where case_id = ?")
                .setParameter(1, caseId).getSingleResult()).longValue(0) > 0;
    }

    public long addShare(long caseId, int position, String responsibility, Party party, Long partyId,
                         BigDecimal percent, String evidence, String attachmentIds, String policyRef, String by,
                         Instant now) {
        return Row.of(em.createNativeQuery("""
                        insert into responsibility_share (case_id, position, responsibility, party, provider_id, dealer_id,
                               share_percent, evidence_note, attachment_ids, policy_ref, judged_by, judged_at)
                        values (?, ?, ?, ?, cast(? as bigint), cast(? as bigint), ?, ?, ?, ?, ?, ?) returning id""")
                .setParameter(1, caseId).setParameter(2, position).setParameter(3, responsibility)
                .setParameter(4, party.name()).setParameter(5, party == Party.PROVIDER ? partyId : null)
                .setParameter(6, party == Party.DEALER ? partyId : null).setParameter(7, percent)
                .setParameter(8, evidence).setParameter(9, attachmentIds).setParameter(10, policyRef)
                .setParameter(11, by).setParameter(12, Timestamp.from(now)).getSingleResult()).longValue(0);
    }

    public List<ShareRow> shares(long caseId) {
        return Row.map(em.createNativeQuery("""
                        select s.id, s.responsibility, s.party, coalesce(s.provider_id, s.dealer_id),
                               coalesce(p.name, d.name), s.share_percent, s.evidence_note, s.attachment_ids,
                               s.policy_ref, s.judged_by, s.judged_at
                        from responsibility_share s
                        left join service_provider p on p.id = s.provider_id
                        left join dealer d on d.id = s.dealer_id
                        where s.case_id = ? order by s.position""")
                .setParameter(1, caseId).getResultList(),
                r -> new ShareRow(r.longValue(0), r.text(1), r.text(2), r.longOrNull(3), r.text(4), r.decimal(5),
                        r.text(6), r.text(7), r.text(8), r.text(9), r.instant(10)));
    }

    public void add(ChargebackLine line) {
        em.persist(line);
        em.flush();
    }

    /** The line as the caller may see it, or not found; with the version the caller read (null: any). */
    public ChargebackLine find(long id, Scope scope, Long version) {
        ChargebackLine line = em.find(ChargebackLine.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (line == null || !visible(line, scope)) {
            throw new NotFound("chargeback " + id);
        }
        if (version != null && line.getVersion() != version) {
            throw new ConcurrentChange("chargeback " + id);
        }
        return line;
    }

    public void save() {
        em.flush();
    }

    private static boolean visible(ChargebackLine line, Scope scope) {
        if (scope.providerId() != null) {
            return scope.providerId().equals(line.getProviderId());
        }
        if (scope.dealerId() != null) {
            return scope.dealerId().equals(line.getDealerId());
        }
        return true;
    }

    /**
     * Confirms in one statement every proposed line whose dispute window has passed (逾期视为确认), as of the end of its
     * window; returns how many.
     */
    public int confirmDue(Instant now) {
        return em.createNativeQuery("""
                        update chargeback_line set status = 'CONFIRMED', confirmed_at = dispute_until, version = version + 1
                        where status = 'PROPOSED' and dispute_until <= ?""")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
    }

    public List<LineRow> lines(LineFilter filter, Scope scope, int first, int max, Instant now) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(Timestamp.from(now));
        String where = where(filter, scope, parameters);
        Query query = em.createNativeQuery("""
                select l.id, l.case_id, l.party, l.provider_id, l.dealer_id, coalesce(p.name, d.name), s.responsibility,
                       l.share_percent, l.amount, l.original_amount, l.policy_ref, l.dispute_until, l.status,
                       l.dispute_reason, l.disputed_at, l.decision_reason, l.decided_by, l.decided_at, l.created_at,
                       l.version, (l.status = 'PROPOSED' and l.dispute_until > ?)
                from chargeback_line l
                join responsibility_share s on s.id = l.share_id
                left join service_provider p on p.id = l.provider_id
                left join dealer d on d.id = l.dealer_id
                where""" + " " + where + " order by l.created_at desc, l.id desc offset " + Math.max(0, first)
                + " limit " + Math.max(1, max));
        bind(query, parameters);
        return Row.map(query.getResultList(), r -> new LineRow(r.longValue(0), r.longValue(1), r.text(2),
                r.longOrNull(3), r.longOrNull(4), r.text(5), r.text(6), r.decimal(7), r.decimal(8), r.decimal(9),
                r.text(10), r.instant(11), r.text(12), r.text(13), r.isNull(14) ? null : r.instant(14), r.text(15),
                r.text(16), r.isNull(17) ? null : r.instant(17), r.instant(18), r.longValue(19), r.bool(20)));
    }

    public long count(LineFilter filter, Scope scope, int cap) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, scope, parameters);
        Query query = em.createNativeQuery("select count(*) from (select 1 from chargeback_line l where " + where
                + " limit " + cap + ") c");
        bind(query, parameters);
        return Row.of(query.getSingleResult()).longValue(0);
    }

    private static String where(LineFilter filter, Scope scope, List<Object> parameters) {
        StringBuilder where = new StringBuilder("true");
        if (scope.providerId() != null) {
            where.append(" and l.provider_id = ?");
            parameters.add(scope.providerId());
        } else if (scope.dealerId() != null) {
            where.append(" and l.dealer_id = ?");
            parameters.add(scope.dealerId());
        }
        if (filter.getParty() != null) {
            where.append(" and l.party = ?");
            parameters.add(filter.getParty().name());
            if (filter.getPartyId() != null) {
                where.append(filter.getParty() == Party.DEALER ? " and l.dealer_id = ?" : " and l.provider_id = ?");
                parameters.add(filter.getPartyId());
            }
        }
        if (filter.getStatus() != null) {
            where.append(" and l.status = ?");
            parameters.add(filter.getStatus().name());
        }
        if (filter.getId() != null) {
            where.append(" and l.id = ?");
            parameters.add(filter.getId());
        }
        if (filter.getCaseId() != null) {
            where.append(" and l.case_id = ?");
            parameters.add(filter.getCaseId());
        }
        if (filter.getMonth() != null) {
            where.append(" and l.created_at >= ? and l.created_at < ?");
            parameters.add(Timestamp.from(start(filter.getMonth())));
            parameters.add(Timestamp.from(start(filter.getMonth().plusMonths(1))));
        }
        return where.toString();
    }

    private static Instant start(YearMonth month) {
        return LocalDate.of(month.getYear(), month.getMonth(), 1).atStartOfDay(BUSINESS_ZONE).toInstant();
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    /**
     * The costs of the cases judged by shares whose cost was entered in the months {@code from}..{@code to}, each
     * cost split by the case's shares (so a case split 70/30 counts 70% of its cost under one responsibility and 30%
     * under the other), grouped. The split here is the exact share (rounded to the fen per group), the ledger's lines
     * are rounded per line by the largest remainder: a group's figure may differ from the sum of its lines by a fen.
     */
    public List<CostFigure> costReport(CostDimension dimension, YearMonth from, YearMonth to) {
        String group = switch (dimension) {
            case RESPONSIBILITY -> "s.responsibility";
            case PARTY -> "s.party || coalesce(':' || coalesce(p.name, d.name), '')";
            case PRODUCT -> "coalesce(sc.brand || ' ' || coalesce(sc.product_line, ''), '')";
            case MONTH -> "to_char(k.entered_at at time zone 'Asia/Shanghai', 'YYYY-MM')";
        };
        return Row.map(em.createNativeQuery("""
                        select g, count(distinct case_id), round(sum(part), 2) from (
                            select""" + " " + group + """
                                    as g, k.case_id, k.amount * s.share_percent / 100 as part
                            from case_cost k
                            join responsibility_share s on s.case_id = k.case_id
                            join service_case sc on sc.id = k.case_id
                            left join service_provider p on p.id = s.provider_id
                            left join dealer d on d.id = s.dealer_id
                            where k.entered_at >= ? and k.entered_at < ?) x
                        group by g order by g""")
                .setParameter(1, Timestamp.from(start(from))).setParameter(2, Timestamp.from(start(to.plusMonths(1))))
                .getResultList(),
                r -> new CostFigure(r.text(0), r.text(0), r.longValue(1), r.decimal(2)));
    }
}
