package com.aftersales.crm.it.service;

import com.aftersales.crm.assessment.boundary.Assessments;
import com.aftersales.crm.chargeback.boundary.Chargebacks;
import com.aftersales.crm.chargeback.boundary.ShareDraft;
import com.aftersales.crm.chargeback.entity.CostKind;
import com.aftersales.crm.chargeback.entity.LineFilter;
import com.aftersales.crm.chargeback.entity.LineRow;
import com.aftersales.crm.chargeback.entity.Party;
import com.aftersales.crm.chargeback.entity.ShareRow;
import com.aftersales.crm.dispatch.boundary.DispatchDraft;
import com.aftersales.crm.dispatch.boundary.DispatchOrders;
import com.aftersales.crm.dispatch.boundary.ReturnDraft;
import com.aftersales.crm.dispatch.entity.CustomerOpinion;
import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.platform.ClockProducer;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.servicecase.boundary.CaseDraft;
import com.aftersales.crm.servicecase.boundary.ServiceCases;
import com.aftersales.crm.servicecase.entity.CaseDetail;
import com.aftersales.crm.servicecase.entity.Responsibility;
import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.shared.Severity;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 责任分摊与扣款 in the real server on the real database: a judgement split by shares with the case's costs proposes the
 * provider's and dealer's lines to the fen; each party sees its own lines only; a dispute within the window is decided
 * by a supervisor, one after it is refused and the line confirmed; confirmed provider lines come off the settlement.
 */
@ExtendWith(ArquillianExtension.class)
class ChargebacksIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final long PROVIDER_BJ = 1;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ChargebacksIT.class.getPackage());
    }

    @Inject
    Chargebacks chargebacks;

    @Inject
    ServiceCases cases;

    @Inject
    DispatchOrders orders;

    @Inject
    Assessments assessments;

    @Inject
    ClockProducer clock;

    @Inject
    Sql sql;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private long number(String query, Object... parameters) {
        return ((Number) sql.value(query, parameters)).longValue();
    }

    private static UserPrincipal providerUser(long providerId) {
        return new UserPrincipal(-1, "test-provider-" + providerId, "服务商", Set.of(Role.PROVIDER), null, providerId, "zh_CN");
    }

    private static UserPrincipal dealerUser(long dealerId) {
        return new UserPrincipal(-1, "test-dealer-" + dealerId, "经销商", Set.of(Role.DEALER), dealerId, null, "zh_CN");
    }

    /** A complaint of a customer whose floor provider P-BJ-001 laid, dispatched to it and returned. */
    private long returnedComplaint() throws Exception {
        return returnedComplaint(null, null);
    }

    private long returnedComplaint(String materialsCost, String labourCost) throws Exception {
        long customerId = number("""
                select c.id from customer c join installation_archive i on i.customer_id = c.id
                where i.provider_id = ? and c.suburban = false and c.merged_into_id is null and i.dealer_id is not null
                order by c.id limit 1""", PROVIDER_BJ);
        long technician = number("select id from technician where provider_id = ? and certificate_level = 'SENIOR' "
                + "and active limit 1", PROVIDER_BJ);
        CaseDraft call = new CaseDraft();
        call.setCustomerId(customerId);
        call.setType(CaseType.COMPLAINT);
        call.setSeverity(Severity.NORMAL);
        call.setCallerPhone("13912345678");
        call.setCustomerWords("卧室地板大面积起拱，踢脚线被顶开");
        long caseId = RunAs.role(Role.AGENT, () -> cases.open(call));
        DispatchDraft dispatch = new DispatchDraft();
        dispatch.setProviderId(PROVIDER_BJ);
        dispatch.setTechnicianIds(List.of(technician));
        dispatch.setAgreedVisitAt(LocalDateTime.now(CHINA).plusHours(3).truncatedTo(ChronoUnit.MINUTES));
        long orderId = RunAs.role(Role.AGENT, () -> orders.dispatch(caseId, dispatch));
        RunAs.user(providerUser(PROVIDER_BJ), () -> {
            orders.accept(orderId);
            orders.schedule(orderId, null);
            orders.arrive(orderId);
            orders.complete(orderId);
            ReturnDraft returned = new ReturnDraft();
            returned.setCustomerOpinion(CustomerOpinion.SATISFIED);
            returned.setHandling("拆除起拱地板重新铺装，预留伸缩缝");
            returned.setMaterials("地板6块、踢脚线2根");
            returned.setMaterialsCost(materialsCost == null ? null : new BigDecimal(materialsCost));
            returned.setLabourCost(labourCost == null ? null : new BigDecimal(labourCost));
            orders.returnOrder(orderId, returned);
            return null;
        });
        return caseId;
    }

    private static ShareDraft share(Responsibility responsibility, Party party, String percent, String evidence) {
        return new ShareDraft(responsibility, party, new BigDecimal(percent), evidence, "客户服务手册 第三章");
    }

    private void cost(long caseId, CostKind kind, String amount) throws Exception {
        RunAs.role(Role.SUPERVISOR, () -> chargebacks.addCost(caseId, kind, new BigDecimal(amount), "回单所列"));
    }

    /** A returned complaint with 1,234.56 yuan of costs, judged 70% product (maker) / 30% installation (provider). */
    private long judged7030() throws Exception {
        long caseId = returnedComplaint();
        cost(caseId, CostKind.MATERIALS, "864.00");
        cost(caseId, CostKind.LABOUR, "300.00");
        cost(caseId, CostKind.FREIGHT, "70.56");
        RunAs.role(Role.SUPERVISOR, () -> chargebacks.judge(caseId, List.of(
                share(Responsibility.PRODUCT_QUALITY, Party.MAKER, "70", "检验报告：基材含水率超标"),
                share(Responsibility.INSTALLATION_QUALITY, Party.PROVIDER, "30", "现场照片：伸缩缝不足 5mm")), "分摊"));
        return caseId;
    }

    private LineRow providerLine(long caseId) throws Exception {
        LineFilter filter = new LineFilter();
        filter.setCaseId(caseId);
        return RunAs.role(Role.SUPERVISOR, () -> chargebacks.lines(filter, 0, 10)).stream()
                .filter(l -> "PROVIDER".equals(l.party())).findFirst().orElseThrow();
    }

    @Test
    void aSplitJudgementWithCostsProposesTheProvidersLineToTheFenAndTheMakersShareHasNone() throws Exception {
        long caseId = judged7030();

        LineFilter filter = new LineFilter();
        filter.setCaseId(caseId);
        List<LineRow> lines = RunAs.role(Role.SUPERVISOR, () -> chargebacks.lines(filter, 0, 10));
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.party()).isEqualTo("PROVIDER");
            assertThat(line.providerId()).isEqualTo(PROVIDER_BJ);
            assertThat(line.amount()).isEqualByComparingTo("370.37");   // 30% of 1,234.56 = 370.368, the fen by largest remainder
            assertThat(line.status()).isEqualTo("PROPOSED");
            assertThat(line.responsibility()).isEqualTo("INSTALLATION_QUALITY");
            assertThat(Duration.between(line.createdAt(), line.disputeUntil())).isEqualTo(Duration.ofDays(7));
        });
        // the case's own judgement is the largest share's: existing screens and REST read it as before
        CaseDetail detail = RunAs.role(Role.AGENT, () -> cases.detail(caseId));
        assertThat(detail.responsibility()).isEqualTo("PRODUCT_QUALITY");
        assertThat(detail.costBearer()).isEqualTo("MAKER");
        List<ShareRow> shares = RunAs.role(Role.AGENT, () -> chargebacks.shares(caseId));
        assertThat(shares).extracting(ShareRow::party).containsExactly("MAKER", "PROVIDER");
        assertThat(shares).extracting(s -> s.sharePercent().toPlainString()).containsExactly("70.00", "30.00");
        // the cost report counts each cost by the shares: 70% of 1,234.56 under product quality, 30% under installation
        java.time.YearMonth month = java.time.YearMonth.now(CHINA);
        var figures = RunAs.role(Role.SUPERVISOR, () -> chargebacks.costReport(
                com.aftersales.crm.chargeback.entity.CostDimension.RESPONSIBILITY, month, month));
        String sharesOfTheMonth = """
                select coalesce(sum(k.amount * s.share_percent / 100), 0) from case_cost k
                join responsibility_share s on s.case_id = k.case_id
                where s.responsibility = 'PRODUCT_QUALITY'
                  and k.entered_at >= date_trunc('month', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai'""";
        assertThat(new BigDecimal(sql.value(sharesOfTheMonth + " and k.case_id = ?", caseId).toString()))
                .isEqualByComparingTo("864.192");
        BigDecimal month70 = new BigDecimal(sql.value(sharesOfTheMonth).toString()).setScale(2, java.math.RoundingMode.HALF_UP);
        assertThat(figures).filteredOn(f -> "PRODUCT_QUALITY".equals(f.group())).singleElement()
                .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo(month70).isGreaterThanOrEqualTo(new BigDecimal("864.19")));
        assertThat(RunAs.role(Role.SUPERVISOR, () -> chargebacks.costReport(
                com.aftersales.crm.chargeback.entity.CostDimension.PARTY, month, month)))
                .anySatisfy(f -> assertThat(f.group()).startsWith("PROVIDER:"));
        // the costs are final once split, and a case is split once
        assertThatThrownBy(() -> cost(caseId, CostKind.COMPENSATION, "100"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("chargeback.error.costsFinal"));
    }

    @Test
    void theCostsTheOrdersReturnNamesAreTheCasesCostsAndAnAmountBelowTheFenRefusesTheReturn() throws Exception {
        long caseId = returnedComplaint("412.30", "180");
        assertThat(RunAs.role(Role.AGENT, () -> chargebacks.costs(caseId)))
                .extracting(c -> c.kind(), c -> c.amount().toPlainString(), c -> c.source())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MATERIALS", "412.30", "ORDER_RETURN"),
                        org.assertj.core.groups.Tuple.tuple("LABOUR", "180.00", "ORDER_RETURN"));
        assertThat(sql.count("select count(*) from case_cost where case_id = ? and order_id is not null", caseId)).isEqualTo(2);

        assertThatThrownBy(this::returnedWithAFractionOfAFen)
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("labourCost"));
    }

    private void returnedWithAFractionOfAFen() throws Exception {
        returnedComplaint(null, "10.005");
    }

    @Test
    void threePartiesSplitAnOddAmountExactlyAndSharesNotAddingUpTo100AreRefused() throws Exception {
        long caseId = returnedComplaint();
        cost(caseId, CostKind.COMPENSATION, "100.01");
        assertThatThrownBy(() -> RunAs.role(Role.SUPERVISOR, () -> chargebacks.judge(caseId, List.of(
                share(Responsibility.INSTALLATION_QUALITY, Party.PROVIDER, "33.33", "照片"),
                share(Responsibility.LOGISTICS, Party.DEALER, "33.33", "签收单"),
                share(Responsibility.CUSTOMER_USE, Party.CUSTOMER, "33.33", "拖地水渍")), null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("chargeback.error.shareSum"));
        assertThat(sql.count("select count(*) from responsibility_share where case_id = ?", caseId)).isZero();

        RunAs.role(Role.SUPERVISOR, () -> chargebacks.judge(caseId, List.of(
                share(Responsibility.INSTALLATION_QUALITY, Party.PROVIDER, "33.33", "照片"),
                share(Responsibility.LOGISTICS, Party.DEALER, "33.33", "签收单"),
                share(Responsibility.CUSTOMER_USE, Party.CUSTOMER, "33.34", "拖地水渍")), null));
        LineFilter filter = new LineFilter();
        filter.setCaseId(caseId);
        List<LineRow> lines = RunAs.role(Role.SUPERVISOR, () -> chargebacks.lines(filter, 0, 10));
        // 10,001 fen: 3,333 / 3,333 / 3,335 (the customer's share got the fen left over) — only the two parties' lines
        assertThat(lines).extracting(LineRow::party, l -> l.amount().toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("PROVIDER", "33.33"),
                        org.assertj.core.groups.Tuple.tuple("DEALER", "33.33"));
        long dealerId = lines.stream().filter(l -> "DEALER".equals(l.party())).findFirst().orElseThrow().dealerId();
        assertThat(RunAs.user(dealerUser(dealerId), () -> chargebacks.lines(filter, 0, 10)))
                .extracting(LineRow::party).containsExactly("DEALER");
    }

    @Test
    void aProviderSeesItsOwnLinesOnlyWhateverIdItSends() throws Exception {
        long caseId = judged7030();
        LineRow line = providerLine(caseId);

        assertThat(RunAs.user(providerUser(PROVIDER_BJ), () -> chargebacks.line(line.id())).amount())
                .isEqualByComparingTo("370.37");
        long other = number("select id from service_provider where code = 'P-SH-001'");
        assertThatThrownBy(() -> RunAs.user(providerUser(other), () -> chargebacks.line(line.id()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.user(providerUser(other), () -> {
            chargebacks.dispute(line.id(), "不是我们的", null);
            return null;
        })).isInstanceOf(NotFound.class);
        LineFilter asked = new LineFilter();
        asked.setParty(Party.PROVIDER);
        asked.setPartyId(PROVIDER_BJ);   // asking for another's lines by filter gives nothing either
        assertThat(RunAs.user(providerUser(other), () -> chargebacks.lines(asked, 0, 200)))
                .noneMatch(l -> l.providerId() == PROVIDER_BJ);
        assertThat(RunAs.user(providerUser(PROVIDER_BJ), () -> chargebacks.lines(new LineFilter(), 0, 200)))
                .isNotEmpty().allMatch(l -> l.providerId() == PROVIDER_BJ);
    }

    @Test
    void aDisputeWithinTheWindowIsDecidedByASupervisor() throws Exception {
        LineRow upheld = providerLine(judged7030());
        LineRow rejected = providerLine(judged7030());
        RunAs.user(providerUser(PROVIDER_BJ), () -> {
            chargebacks.dispute(upheld.id(), "现场照片显示地面返潮，非安装原因", upheld.version());
            chargebacks.dispute(rejected.id(), "伸缩缝符合标准", rejected.version());
            return null;
        });
        assertThatThrownBy(() -> RunAs.user(providerUser(PROVIDER_BJ), () -> {
            chargebacks.decide(upheld.id(), true, "自己裁决", null);
            return null;
        })).isInstanceOf(com.aftersales.crm.security.boundary.AccessDenied.class);
        RunAs.role(Role.SUPERVISOR, () -> {
            chargebacks.decide(upheld.id(), true, "复查含水率检测，确系地面返潮", null);
            chargebacks.decide(rejected.id(), false, "照片显示伸缩缝不足", null);
        });
        LineRow cancelled = RunAs.role(Role.SUPERVISOR, () -> chargebacks.line(upheld.id()));
        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(cancelled.amount()).isEqualByComparingTo("0");
        assertThat(cancelled.originalAmount()).isEqualByComparingTo("370.37");
        assertThat(cancelled.decisionReason()).isEqualTo("复查含水率检测，确系地面返潮");
        assertThat(RunAs.role(Role.SUPERVISOR, () -> chargebacks.line(rejected.id())).status()).isEqualTo("CONFIRMED");
    }

    @Test
    void aDisputeAfterTheWindowIsRefusedAndTheLineIsConfirmed() throws Exception {
        LineRow line = providerLine(judged7030());
        clock.advance(Duration.ofDays(7).plusMinutes(1));

        assertThatThrownBy(() -> RunAs.user(providerUser(PROVIDER_BJ), () -> {
            chargebacks.dispute(line.id(), "晚了也想提", null);
            return null;
        })).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("chargeback.error.windowClosed"));
        assertThat(RunAs.user(providerUser(PROVIDER_BJ), () -> chargebacks.line(line.id())).disputableNow()).isFalse();

        assertThat(RunAs.role(Role.SUPERVISOR, () -> chargebacks.confirmDue())).isPositive();
        LineRow confirmed = RunAs.role(Role.SUPERVISOR, () -> chargebacks.line(line.id()));
        assertThat(confirmed.status()).isEqualTo("CONFIRMED");
        assertThat(sql.value("select confirmed_at = dispute_until from chargeback_line where id = ?", line.id())).isEqualTo(true);
    }

    @Test
    void confirmedProviderLinesComeOffTheYearsSettlementAndAreMarkedSettled() throws Exception {
        LineRow line = providerLine(judged7030());
        RunAs.user(providerUser(PROVIDER_BJ), () -> {
            chargebacks.dispute(line.id(), "不认可", null);
            return null;
        });
        RunAs.role(Role.SUPERVISOR, () -> chargebacks.decide(line.id(), false, "责任成立", null));
        int year = ((Number) sql.value("select extract(year from confirmed_at at time zone 'Asia/Shanghai') "
                + "from chargeback_line where id = ?", line.id())).intValue();
        BigDecimal expected = new BigDecimal(sql.value("""
                select coalesce(sum(amount), 0) from chargeback_line where provider_id = ? and status in ('CONFIRMED', 'SETTLED')
                  and extract(year from confirmed_at at time zone 'Asia/Shanghai') = ?""", PROVIDER_BJ, year).toString());

        RunAs.role(Role.SUPERVISOR, () -> assessments.settleYear(year));

        Object[] reward = sql.rows("""
                select chargeback_deductions, chargeback_lines, money_deductions, gross_reward, payable, from_deposit
                from yearly_reward where provider_id = ? and year = ?""", PROVIDER_BJ, year).get(0);
        assertThat(new BigDecimal(reward[0].toString())).isEqualByComparingTo(expected).isGreaterThanOrEqualTo(new BigDecimal("370.37"));
        assertThat(((Number) reward[1]).intValue()).isPositive();
        // the chargebacks are a deduction in money: gross − (deductions + chargebacks) is paid, the rest from the deposit
        BigDecimal penalties = new BigDecimal(reward[2].toString()).add(new BigDecimal(reward[0].toString()));
        BigDecimal gross = new BigDecimal(reward[3].toString());
        assertThat(new BigDecimal(reward[4].toString())).isEqualByComparingTo(gross.subtract(penalties).max(BigDecimal.ZERO));
        assertThat(new BigDecimal(reward[5].toString())).isEqualByComparingTo(penalties.subtract(gross).max(BigDecimal.ZERO));
        assertThat(RunAs.role(Role.SUPERVISOR, () -> chargebacks.line(line.id())).status()).isEqualTo("SETTLED");

        // settling the year again counts the settled lines again, nothing twice
        RunAs.role(Role.SUPERVISOR, () -> assessments.settleYear(year));
        assertThat(new BigDecimal(sql.value("select chargeback_deductions from yearly_reward where provider_id = ? and year = ?",
                PROVIDER_BJ, year).toString())).isEqualByComparingTo(expected);
        assertThat(RunAs.role(Role.SUPERVISOR, () -> assessments.rewards(year)))
                .filteredOn(r -> r.providerId() == PROVIDER_BJ).singleElement()
                .satisfies(r -> assertThat(r.chargebackDeductions()).isEqualByComparingTo(expected));
    }
}
