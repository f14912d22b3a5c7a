package com.aftersales.crm.it.service;

import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.it.Poll;
import com.aftersales.crm.productbatch.boundary.ProductBatches;
import com.aftersales.crm.productbatch.entity.BatchAlert;
import com.aftersales.crm.productbatch.entity.BatchFigures;
import com.aftersales.crm.productbatch.entity.BatchFilter;
import com.aftersales.crm.quality.boundary.ComplaintDraft;
import com.aftersales.crm.quality.boundary.QualityComplaints;
import com.aftersales.crm.report.boundary.WeeklyReportGeneration;
import com.aftersales.crm.report.boundary.WeeklyReports;
import com.aftersales.crm.report.entity.ReportRow;
import com.aftersales.crm.report.entity.ReportSection;
import com.aftersales.crm.report.entity.ReportTable;
import com.aftersales.crm.report.entity.ReportWeek;
import com.aftersales.crm.returns.boundary.ReturnDetail;
import com.aftersales.crm.returns.boundary.ReturnRequestDraft;
import com.aftersales.crm.returns.boundary.ReturnRequests;
import com.aftersales.crm.returns.entity.DefectKind;
import com.aftersales.crm.returns.entity.PreSaleGround;
import com.aftersales.crm.returns.entity.Refusal;
import com.aftersales.crm.returns.entity.ReturnRefused;
import com.aftersales.crm.returns.entity.ReturnKind;
import com.aftersales.crm.returns.entity.StockKind;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.submission.boundary.ArchiveSubmissions;
import com.aftersales.crm.submission.entity.SubmissionRow;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Defects by product batch (批号) against the real database: the weekly archive with and without the optional 批号
 * column, complaints and returns grouped per product and batch with the defect rate against the m² installed, a batch
 * over threshold alerted exactly once and listed in the weekly report, and the 3% pre-sale rule on a batch's recorded
 * inspection. Each test uses batch numbers of its own.
 */
@ExtendWith(ArquillianExtension.class)
class ProductBatchesIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String PRODUCT = "BZB-XZMD-910";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ProductBatchesIT.class.getPackage());
    }

    @Inject
    ProductBatches batches;

    @Inject
    ArchiveSubmissions submissions;

    @Inject
    QualityComplaints complaints;

    @Inject
    ReturnRequests returns;

    @Inject
    WeeklyReportGeneration generation;

    @Inject
    WeeklyReports reports;

    @Inject
    Sql sql;

    private long number(String query, Object... parameters) {
        return ((Number) sql.value(query, parameters)).longValue();
    }

    private static String tag() {
        return Long.toString(System.nanoTime() % 100_000_000L);
    }

    private long product() {
        return number("select id from product where code = ?", PRODUCT);
    }

    private static UserPrincipal dealer(long dealerId) {
        return new UserPrincipal(-2, "test-dealer-" + dealerId, "经销商", Set.of(Role.DEALER), dealerId, null, "zh_CN");
    }

    private static UserPrincipal provider(long providerId) {
        return new UserPrincipal(-1, "test-provider-" + providerId, "服务商", Set.of(Role.PROVIDER), null, providerId, "zh_CN");
    }

    /** An installation line of the batch, on an archive of its own. */
    private void installed(String batch, String m2) {
        long customer = number("insert into customer (name, region_code, street) values ('批次客户', '110100', '东四十条1号') "
                + "returning id");
        long archive = number("""
                insert into installation_archive (customer_id, installation_method, installed_on, free_period_policy_id,
                                                  card_rule_policy_id, created_by)
                values (?, 'FLOATING', current_date - 20,
                        (select max(id) from policy_value where policy_key = 'warranty.free-period'),
                        (select max(id) from policy_value where policy_key = 'warranty.card-required-from'), 'test')
                returning id""", customer);
        sql.update("""
                insert into installation_line (installation_id, line_no, product_id, quantity_m2, unit_price, batch_no)
                values (?, 0, ?, cast(? as numeric), 268, ?)""", archive, product(), m2, batch);
    }

    /** A quality complaint naming the batch, submitted a day ago (or still a draft). */
    private void complaint(String batch, String affected, boolean submitted) {
        long customer = number("select min(id) from customer where merged_into_id is null");
        sql.update("""
                insert into quality_complaint (customer_id, product_id, affected_m2, batch_no, status, submitted_at,
                                               submitted_by, answer_due, answer_policy_id, created_at, created_by,
                                               last_action, last_action_at)
                values (?, ?, cast(? as numeric), ?, ?, case when ? then now() - interval '1 day' end, 'test',
                        case when ? then now() end,
                        case when ? then (select max(id) from policy_value where policy_key = 'quality-complaint.answer-hours') end,
                        now() - interval '2 days', 'test', 'CREATED', now())""",
                customer, product(), affected, batch, submitted ? "SUBMITTED" : "DRAFT", submitted, submitted, submitted);
    }

    private ReturnRequestDraft preSale(String batch, int of, int defective) {
        ReturnRequestDraft draft = new ReturnRequestDraft();
        draft.setKind(ReturnKind.PRE_SALE);
        draft.setGround(PreSaleGround.INSPECTION_FAILED);
        draft.setProductId(product());
        draft.setBatchNo(batch);
        draft.setShippedOn(LocalDate.now(BEIJING).minusMonths(1));
        draft.setBatchQuantity(of);
        draft.setDefectiveQuantity(defective);
        draft.setReturnQuantity(defective);
        draft.setDefectKind(DefectKind.CRACKED_SURFACE);
        draft.setStockKind(StockKind.REGULAR);
        draft.setReason("开箱验货板面开裂");
        return draft;
    }

    private BatchFigures only(String batch) throws Exception {
        BatchFilter filter = new BatchFilter();
        filter.setBatch(batch);
        List<BatchFigures> rows = RunAs.role(Role.INFO_OFFICER, () -> batches.list(filter, 0, 20, null, false));
        assertThat(rows).as("the batch " + batch).hasSize(1);
        assertThat(RunAs.role(Role.INFO_OFFICER, () -> batches.count(filter))).isEqualTo(1);
        return rows.get(0);
    }

    @Test
    void archiveRowsWithAndWithoutTheBatchColumnLoad() throws Exception {
        long providerId = number("""
                insert into service_provider (code, name, region_code, market_level, contact_name, contact_phone, hotline,
                                              agreement_signed_on, grade, status, deposit, created_at)
                values (?, ?, '110100', 1, '测试', '13800000000', '400-000-0000', date '2020-01-01', 'B', 'ACTIVE', 10000,
                        timestamptz '2020-01-01 00:00+08')
                returning id""", "PB-" + tag(), "批号测试服务商" + tag());
        String t = tag();
        LocalDate today = LocalDate.now(BEIJING);
        LocalDate installed = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1).plusDays(1);
        String old = "保修卡号,客户姓名,联系电话,省,市,区县,详细地址,郊县,经销商编码,产品编码,铺装面积(㎡),单价(元),铺装方式,铺装日期\n"
                + String.join(",", "PO" + t, "陈旧", "137" + String.format("%08d", Long.parseLong(t) % 100_000_000L),
                "北京市", "北京市", "东城区", "东四十条 1 号", "否", "D-BJ-001", PRODUCT, "40", "268", "悬浮", installed.toString())
                + "\n";
        String batch = "PB" + t + "-a1";
        String current = "保修卡号,客户姓名,联系电话,省,市,区县,详细地址,郊县,经销商编码,产品编码,铺装面积(㎡),单价(元),铺装方式,铺装日期,批号\n"
                + String.join(",", "PN" + t, "林新", "136" + String.format("%08d", Long.parseLong(t) % 100_000_000L),
                "北京市", "北京市", "东城区", "东四十条 2 号", "否", "D-BJ-001", PRODUCT, "55.5", "268", "悬浮",
                installed.toString(), batch) + "\n"
                + String.join(",", "PB" + t, "林空", "135" + String.format("%08d", Long.parseLong(t) % 100_000_000L),
                "北京市", "北京市", "东城区", "东四十条 3 号", "否", "D-BJ-001", PRODUCT, "20", "268", "悬浮",
                installed.toString(), "") + "\n";

        for (String csv : List.of(old, current)) {
            long id = RunAs.user(provider(providerId), () -> submissions.submit("铺装档案.csv",
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), null));
            SubmissionRow done = Poll.until("submission " + id, Duration.ofSeconds(60),
                    () -> RunAs.user(provider(providerId), () -> submissions.get(id)), SubmissionRow::finished);
            assertThat(done.status()).isEqualTo("COMPLETED");
            assertThat(done.rowsRejected()).as("rows of " + (csv == old ? "the old" : "the new") + " template").isZero();
        }

        String lineBatch = "select l.batch_no from installation_line l join installation_archive i on i.id = l.installation_id "
                + "where i.warranty_card_no = ?";
        assertThat(sql.rows(lineBatch, "PO" + t)).hasSize(1).allSatisfy(r -> assertThat(r[0]).isNull());
        assertThat(sql.value(lineBatch, "PN" + t)).isEqualTo(batch.toUpperCase());
        assertThat(sql.rows(lineBatch, "PB" + t)).hasSize(1).allSatisfy(r -> assertThat(r[0]).isNull());

        // the same archive again in the old template keeps the batch the line has
        String again = old.replace("PO" + t, "PN" + t).replace("陈旧", "林新").replace("137", "136")
                .replace("东四十条 1 号", "东四十条 2 号").replace(",40,", ",55.5,");
        long id = RunAs.user(provider(providerId), () -> submissions.submit("铺装档案.csv",
                new ByteArrayInputStream(again.getBytes(StandardCharsets.UTF_8)), null));
        Poll.until("submission " + id, Duration.ofSeconds(60),
                () -> RunAs.user(provider(providerId), () -> submissions.get(id)), SubmissionRow::finished);
        assertThat(sql.value(lineBatch, "PN" + t)).isEqualTo(batch.toUpperCase());
    }

    @Test
    void complaintsAndReturnsAreGroupedPerBatchAndACrossingRaisesExactlyOneAlertInTheWeeklyReport() throws Exception {
        String t = tag();
        String over = "OV" + t;
        String under = "UN" + t;
        installed(over, "60");
        installed(over, "40");          // 100 m² of the batch installed
        installed(under, "500");
        complaint(over, "2.5", true);
        complaint(over, "1.0", true);   // 3.5 m² of 100: 3.5%, above 3%
        complaint(over, "50", false);   // a draft counts for nothing
        complaint(under, "5", true);
        complaint(under, "4", true);    // 9 m² of 500: 1.8%, and two complaints, under both thresholds
        long bj = number("select id from dealer where code = 'D-BJ-001'");
        RunAs.user(dealer(bj), () -> returns.file(preSale(over.toLowerCase(), 100, 6)));   // the batch as typed

        BatchFigures o = only(over);
        assertThat(o.productCode()).isEqualTo(PRODUCT);
        assertThat(o.installedM2()).isEqualByComparingTo("100");
        assertThat(o.complaints()).isEqualTo(2);
        assertThat(o.affectedM2()).isEqualByComparingTo("3.5");
        assertThat(o.returns()).isEqualTo(1);
        assertThat(o.returnedPieces()).isEqualTo(6);
        assertThat(o.ratePercent()).isEqualByComparingTo("3.50");
        BatchFigures u = only(under);
        assertThat(u.ratePercent()).isEqualByComparingTo("1.80");
        assertThat(u.returns()).isZero();
        assertThat(RunAs.role(Role.SUPERVISOR, () -> batches.thresholds())).satisfies(th -> {
            assertThat(th.crossed(o)).isTrue();
            assertThat(th.crossed(u)).isFalse();
        });

        RunAs.role(Role.SUPERVISOR, () -> batches.raiseAlerts());
        RunAs.role(Role.INFO_OFFICER, () -> batches.raiseAlerts());   // again: nothing new for the batch
        assertThat(sql.count("select count(*) from batch_alert where batch_no = ?", over)).isEqualTo(1);
        assertThat(sql.count("select count(*) from batch_alert where batch_no = ?", under)).isZero();
        BatchAlert alert = RunAs.role(Role.INFO_OFFICER, () -> batches.alertOf(product(), over)).orElseThrow();
        assertThat(alert.byRate()).isTrue();
        assertThat(alert.byComplaints()).isFalse();
        assertThat(alert.ratePercent()).isEqualByComparingTo("3.5");
        assertThat(RunAs.role(Role.INFO_OFFICER, () -> batches.alerts(true, 0, 200)))
                .extracting(BatchAlert::batchNo).contains(over);
        assertThat(only(over).alertId()).isEqualTo(alert.id());
        assertThat(RunAs.role(Role.INFO_OFFICER, () -> batches.batch(PRODUCT, over.toLowerCase(), null)).complaints())
                .isEqualTo(2);

        // the weekly report of the week the alert was raised in lists the batch
        LocalDate monday = ReportWeek.containing(LocalDate.now(BEIJING)).monday();
        boolean existed = RunAs.role(Role.INFO_OFFICER, () -> reports.find(monday)).isPresent();
        try {
            generation.generate(monday, "test", null);
            List<ReportTable> tables = RunAs.role(Role.INFO_OFFICER, () -> reports.tables(monday));
            ReportRow row = tables.stream().filter(x -> x.section() == ReportSection.BATCHES).findFirst().orElseThrow()
                    .rows().stream().filter(r -> r.dimension().equals(PRODUCT + " / " + over)).findFirst().orElseThrow();
            assertThat(row.value("COMPLAINTS")).isEqualByComparingTo("2");
            assertThat(row.value("RETURNS")).isEqualByComparingTo("1");
            assertThat(row.value("AFFECTED_M2")).isEqualByComparingTo("3.5");
            assertThat(row.value("INSTALLED_M2")).isEqualByComparingTo("100");
            assertThat(row.value("DEFECT_RATE")).isEqualByComparingTo("3.5");
        } finally {
            if (!existed) {
                sql.update("delete from weekly_report where week_start = ?", java.sql.Date.valueOf(monday));
            }
        }

        RunAs.role(Role.SUPERVISOR, () -> {
            batches.acknowledge(alert.id());
            return null;
        });
        assertThat(RunAs.role(Role.INFO_OFFICER, () -> batches.alerts(true, 0, 200)))
                .extracting(BatchAlert::batchNo).doesNotContain(over);
    }

    @Test
    void threeComplaintsInThePeriodRaiseAnAlertWhateverTheRate() throws Exception {
        String batch = "CN" + tag();
        installed(batch, "1000");
        for (int i = 0; i < 3; i++) {
            complaint(batch, "1", true);   // 3 m² of 1000: 0.3%
        }
        RunAs.role(Role.SUPERVISOR, () -> batches.raiseAlerts());
        BatchAlert alert = RunAs.role(Role.SUPERVISOR, () -> batches.alertOf(product(), batch)).orElseThrow();
        assertThat(alert.byComplaints()).isTrue();
        assertThat(alert.byRate()).isFalse();
        assertThat(alert.complaints()).isEqualTo(3);
    }

    @Test
    void aComplaintKeepsItsBatchInOneSpellingAndRefusesAMalformedOneOnTheField() throws Exception {
        long bj = number("select id from dealer where code = 'D-BJ-001'");
        Object[] c = sql.rows("""
                select c.id, i.id from customer c join installation_archive i on i.customer_id = c.id
                where c.dealer_id = ? and c.merged_into_id is null order by c.id limit 1""", bj).get(0);
        ComplaintDraft draft = new ComplaintDraft();
        draft.setCustomerId(((Number) c[0]).longValue());
        draft.setProductId(product());
        draft.setBatchNo(" ｂｚ2611/07 ");
        long id = RunAs.user(dealer(bj), () -> complaints.create(draft));
        assertThat(RunAs.user(dealer(bj), () -> complaints.detail(id)).batchNo()).isEqualTo("BZ2611/07");
        assertThat(RunAs.user(dealer(bj), () -> complaints.draftOf(id)).getBatchNo()).isEqualTo("BZ2611/07");

        draft.setBatchNo("第7批");
        assertThatThrownBy(() -> RunAs.user(dealer(bj), () -> complaints.create(draft)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("batchNo");
                    assertThat(e.messageKey()).isEqualTo("batch.error.form");
                });
    }

    @Test
    void aPreSaleReturnNamingAnInspectedBatchIsJudgedOnTheInspectionsRate() throws Exception {
        String batch = "IN" + tag();
        long bj = number("select id from dealer where code = 'D-BJ-001'");
        // the form's 2 of 100 (2%) alone would be within the dealer's 3%
        assertThatThrownBy(() -> RunAs.user(dealer(bj), () -> returns.file(preSale(batch, 100, 2))))
                .isInstanceOfSatisfying(ReturnRefused.class, e -> assertThat(e.refusals()).extracting(Refusal::rule)
                        .containsExactly(Refusal.Rule.WITHIN_BATCH_TOLERANCE));

        RunAs.role(Role.SUPERVISOR, () -> batches.recordInspection(PRODUCT, batch, new BigDecimal("200"),
                new BigDecimal("7")));
        long id = RunAs.user(dealer(bj), () -> returns.file(preSale(batch, 100, 2)));
        ReturnDetail filed = RunAs.role(Role.SUPERVISOR, () -> returns.detail(id));
        assertThat(filed.rateSource()).isEqualTo("INSPECTION");
        assertThat(filed.defectRate()).isEqualByComparingTo("3.5");

        // an inspection within 3% refuses what the form's quantities would let through
        RunAs.role(Role.SUPERVISOR, () -> batches.recordInspection(PRODUCT, batch, new BigDecimal("200"),
                new BigDecimal("6")));
        assertThatThrownBy(() -> RunAs.user(dealer(bj), () -> returns.file(preSale(batch, 100, 10))))
                .isInstanceOfSatisfying(ReturnRefused.class, e -> assertThat(e.refusals()).extracting(Refusal::rule)
                        .containsExactly(Refusal.Rule.WITHIN_BATCH_TOLERANCE));
        long unaffected = RunAs.user(dealer(bj), () -> returns.file(preSale("OT" + tag(), 100, 10)));
        assertThat(RunAs.role(Role.SUPERVISOR, () -> returns.detail(unaffected)).rateSource()).isEqualTo("FORM");
    }
}
