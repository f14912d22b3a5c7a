package com.aftersales.crm.it.service;

import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.it.Poll;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.submission.boundary.ArchiveSubmissions;
import com.aftersales.crm.submission.boundary.SubmissionDeadlines;
import com.aftersales.crm.submission.entity.SubmissionRow;
import com.aftersales.crm.submission.entity.RowProblem;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 铺装档案周报送 against the real database, loaded by the real archive-submission Jakarta Batch job: good rows in, bad
 * rows reported with row, column and reason, the same file twice changes nothing, the Monday 17:00 deadline recorded
 * (late, missing) with "technical support only" on the archives, and a provider seeing its own submissions only.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveSubmissionsIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String HEADER = "保修卡号,客户姓名,联系电话,省,市,区县,详细地址,郊县,经销商编码,产品编码,铺装面积(㎡),单价(元),铺装方式,铺装日期,验收日期\n";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ArchiveSubmissionsIT.class.getPackage(), "ejb/src/test/resources/submission-corpus");
    }

    @Inject
    ArchiveSubmissions submissions;

    @Inject
    SubmissionDeadlines deadlines;

    @Inject
    Sql sql;

    /** A provider signed in 2020 and in the system since then. */
    private long provider() {
        return provider(Instant.parse("2020-01-01T00:00:00Z"));
    }

    /** A provider signed in 2020, registered in the system at that moment. */
    private long provider(Instant registeredAt) {
        long n = System.nanoTime() % 1_000_000;
        return ((Number) sql.value("""
                insert into service_provider (code, name, region_code, market_level, contact_name, contact_phone, hotline,
                                              agreement_signed_on, grade, status, deposit, created_at)
                values (?, ?, '110100', 1, '测试', '13800000000', '400-000-0000', date '2020-01-01', 'B', 'ACTIVE', 10000, ?)
                returning id""", "SUB-" + n, "报送测试服务商" + n, java.sql.Timestamp.from(registeredAt))).longValue();
    }

    private static UserPrincipal user(long providerId) {
        return new UserPrincipal(-1, "test-provider-" + providerId, "服务商", Set.of(Role.PROVIDER), null, providerId, "zh_CN");
    }

    private static LocalDate today() {
        return LocalDate.now(BEIJING);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** A row of the company's spreadsheet; a unique card and mobile per test run. */
    private static String row(String card, String name, String mobile, String product, LocalDate installed) {
        return String.join(",", card, name, mobile, "北京市", "北京市", "东城区", "东四十条 " + card + " 号", "否", "D-BJ-001",
                product, "35.5", "268", "悬浮", installed.toString(), installed.plusDays(3).isAfter(today())
                        ? "" : installed.plusDays(3).toString()) + "\n";
    }

    private long submit(long providerId, String name, byte[] content, LocalDate week) throws Exception {
        return RunAs.user(user(providerId), () -> submissions.submit(name, new ByteArrayInputStream(content), week));
    }

    private SubmissionRow awaitEnd(long providerId, long id) throws Exception {
        return Poll.until("submission " + id + " finishes", Duration.ofSeconds(60),
                () -> RunAs.user(user(providerId), () -> submissions.get(id)), SubmissionRow::finished);
    }

    @Test
    void goodRowsGoInBadRowsAreReportedWithRowColumnAndReasonAndTheSameFileTwiceChangesNothing() throws Exception {
        long providerId = provider();
        String tag = Long.toString(System.nanoTime() % 100_000_000);
        LocalDate installed = monday(today()).minusWeeks(1).plusDays(1);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 5; i++) {
            csv.append(row("GD" + tag + i, "王丽" + i, "139" + String.format("%08d", (Long.parseLong(tag) * 10 + i) % 100_000_000),
                    "BZB-XZMD-910", installed));
        }
        csv.append(row("BD" + tag + "1", "李强", "12345", "BZB-XZMD-910", installed));             // row 7: phone
        csv.append(row("BD" + tag + "2", "赵敏", "13912345678", "NO-SUCH-CODE", installed));        // row 8: product
        csv.append(row("BD" + tag + "3", "钱进", "13912345679", "BZB-XZMD-910", today().plusDays(2))); // row 9: future
        byte[] gbk = csv.toString().getBytes(Charset.forName("GBK"));

        long id = submit(providerId, "上周铺装档案.csv", gbk, null);
        SubmissionRow done = awaitEnd(providerId, id);

        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.charset()).isIn("GBK", "GB18030");
        assertThat(done.rowsRead()).isEqualTo(8);
        assertThat(done.rowsWritten()).isEqualTo(5);
        assertThat(done.rowsRejected()).isEqualTo(3);
        List<RowProblem> problems = RunAs.user(user(providerId), () -> submissions.problems(id, 0, 50));
        assertThat(problems).extracting(RowProblem::rowNo, RowProblem::column, RowProblem::reasonKey).contains(
                org.assertj.core.groups.Tuple.tuple(7, "联系电话", "submission.error.phone"),
                org.assertj.core.groups.Tuple.tuple(8, "产品编码", "submission.error.product"),
                org.assertj.core.groups.Tuple.tuple(9, "铺装日期", "submission.error.future"));
        assertThat(sql.count("select count(*) from installation_archive where provider_id = ?", providerId)).isEqualTo(5);
        assertThat(sql.count("select count(*) from installation_archive where provider_id = ? and submission_id = ?",
                providerId, id)).isEqualTo(5);
        // each archive got the follow-up it requires, due by the end of the 7th day after acceptance (Beijing time)
        Instant due = ((java.sql.Timestamp) sql.value("""
                select f.due_at from follow_up f join installation_archive i on i.id = f.installation_id
                where i.warranty_card_no = ?""", "GD" + tag + "0")).toInstant();
        assertThat(due).isEqualTo(installed.plusDays(3 + 8).atStartOfDay(BEIJING).toInstant());
        long followUps = sql.count("""
                select count(*) from follow_up f join installation_archive i on i.id = f.installation_id
                where i.provider_id = ?""", providerId);
        assertThat(followUps).isEqualTo(5);
        long customers = sql.count("""
                select count(distinct customer_id) from installation_archive where provider_id = ?""", providerId);
        long lines = sql.count("""
                select count(*) from installation_line l join installation_archive i on i.id = l.installation_id
                where i.provider_id = ?""", providerId);
        long events = sql.count("""
                select count(*) from customer_event e join installation_archive i on i.customer_id = e.customer_id
                where i.provider_id = ?""", providerId);

        long again = submit(providerId, "上周铺装档案（重发）.csv", gbk, null);
        assertThat(awaitEnd(providerId, again).status()).isEqualTo("COMPLETED");

        assertThat(sql.count("select count(*) from installation_archive where provider_id = ?", providerId)).isEqualTo(5);
        assertThat(sql.count("select count(distinct customer_id) from installation_archive where provider_id = ?", providerId))
                .isEqualTo(customers);
        assertThat(sql.count("""
                select count(*) from installation_line l join installation_archive i on i.id = l.installation_id
                where i.provider_id = ?""", providerId)).isEqualTo(lines);
        assertThat(sql.count("""
                select count(*) from follow_up f join installation_archive i on i.id = f.installation_id
                where i.provider_id = ?""", providerId)).isEqualTo(followUps);
        assertThat(sql.count("""
                select count(*) from customer_event e join installation_archive i on i.customer_id = e.customer_id
                where i.provider_id = ?""", providerId)).isEqualTo(events);
        assertThat(sql.count("select count(*) from customer where name = '王丽0' and id in (select customer_id from customer_phone where number = ?)",
                "139" + String.format("%08d", (Long.parseLong(tag) * 10) % 100_000_000))).isOne();
    }

    @Test
    void aSubmissionAfterTheWeeksDeadlineIsLateAndItsArchivesGetTechnicalSupportOnly() throws Exception {
        long providerId = provider();
        String tag = Long.toString(System.nanoTime() % 100_000_000);
        LocalDate oldWeek = monday(today()).minusWeeks(3);
        String csv = HEADER + row("LT" + tag, "孙悦", "137" + String.format("%08d", Long.parseLong(tag) % 100_000_000),
                "BZB-XZMD-910", oldWeek.plusDays(2));

        long id = submit(providerId, "补报.csv", csv.getBytes(StandardCharsets.UTF_8), oldWeek);
        SubmissionRow done = awaitEnd(providerId, id);

        assertThat(done.late()).isTrue();
        assertThat(done.deadlineAt()).isEqualTo(oldWeek.plusWeeks(1).atTime(17, 0).atZone(BEIJING).toInstant());
        assertThat(sql.value("select outcome from archive_submission_week where provider_id = ? and week_start = ?",
                providerId, java.sql.Date.valueOf(oldWeek))).isEqualTo("LATE");
        assertThat(sql.value("select technical_support_only from installation_archive where warranty_card_no = ?", "LT" + tag))
                .isEqualTo(true);

        // this week's archives, sent before this week's deadline: on time, full support
        LocalDate thisWeek = monday(today());
        String onTime = HEADER + row("OT" + tag, "周扬", "136" + String.format("%08d", Long.parseLong(tag) % 100_000_000),
                "BZB-XZMD-910", thisWeek);
        long second = submit(providerId, "本周.csv", onTime.getBytes(StandardCharsets.UTF_8), thisWeek);
        assertThat(awaitEnd(providerId, second).late()).isFalse();
        assertThat(sql.value("select outcome from archive_submission_week where provider_id = ? and week_start = ?",
                providerId, java.sql.Date.valueOf(thisWeek))).isEqualTo("ON_TIME");
        assertThat(sql.value("select technical_support_only from installation_archive where warranty_card_no = ?", "OT" + tag))
                .isEqualTo(false);
    }

    @Test
    void aWeekWithNothingSentIsRecordedMissingOnceAndItsArchivesGetTechnicalSupportOnly() throws Exception {
        long providerId = provider();
        LocalDate missedWeek = monday(today()).minusWeeks(2); // its deadline (last Monday 17:00) has passed
        long customer = ((Number) sql.value("select min(id) from customer")).longValue();
        long archive = ((Number) sql.value("""
                insert into installation_archive (customer_id, provider_id, installation_method, installed_on,
                                                  free_period_policy_id, card_rule_policy_id, created_by)
                values (?, ?, 'FLOATING', ?, (select min(id) from policy_value where policy_key = 'warranty.free-period'),
                        (select min(id) from policy_value where policy_key = 'warranty.card-required-from'), 'agent')
                returning id""", customer, providerId, java.sql.Date.valueOf(missedWeek.plusDays(1)))).longValue();

        deadlines.recordMissing();
        deadlines.recordMissing();

        assertThat(sql.rows("select outcome from archive_submission_week where provider_id = ? and week_start = ?",
                providerId, java.sql.Date.valueOf(missedWeek))).singleElement().satisfies(r -> assertThat(r[0]).isEqualTo("MISSING"));
        assertThat(sql.value("select technical_support_only from installation_archive where id = ?", archive)).isEqualTo(true);

        // sent later, the week becomes late
        String tag = Long.toString(System.nanoTime() % 100_000_000);
        String csv = HEADER + row("MS" + tag, "吴芳", "135" + String.format("%08d", Long.parseLong(tag) % 100_000_000),
                "BZB-XZMD-910", missedWeek.plusDays(3));
        awaitEnd(providerId, submit(providerId, "迟交.csv", csv.getBytes(StandardCharsets.UTF_8), missedWeek));
        assertThat(sql.value("select outcome from archive_submission_week where provider_id = ? and week_start = ?",
                providerId, java.sql.Date.valueOf(missedWeek))).isEqualTo("LATE");
    }

    /** Issue 14 #5: a provider entered today with an agreement signed in 2020 owes nothing for the weeks before today's. */
    @Test
    void weeksOverBeforeTheProviderWasRegisteredAreNeitherMissingNorLateNorFlagged() throws Exception {
        long providerId = provider(Instant.now());
        LocalDate before = monday(today()).minusWeeks(2); // deadline passed, but over before the provider existed
        long customer = ((Number) sql.value("select min(id) from customer")).longValue();
        long archive = ((Number) sql.value("""
                insert into installation_archive (customer_id, provider_id, installation_method, installed_on,
                                                  free_period_policy_id, card_rule_policy_id, created_by)
                values (?, ?, 'FLOATING', ?, (select min(id) from policy_value where policy_key = 'warranty.free-period'),
                        (select min(id) from policy_value where policy_key = 'warranty.card-required-from'), 'agent')
                returning id""", customer, providerId, java.sql.Date.valueOf(before.plusDays(1)))).longValue();

        deadlines.recordMissing();

        assertThat(sql.count("select count(*) from archive_submission_week where provider_id = ?", providerId)).isZero();
        assertThat(sql.value("select technical_support_only from installation_archive where id = ?", archive)).isEqualTo(false);
        assertThat(RunAs.role(Role.SUPERVISOR, () -> deadlinesWeek(before))).doesNotContain(
                (String) sql.value("select code from service_provider where id = ?", providerId));

        // its old archives sent now: the week is on time and the archives keep full support
        String tag = Long.toString(System.nanoTime() % 100_000_000);
        String csv = HEADER + row("NW" + tag, "冯静", "134" + String.format("%08d", Long.parseLong(tag) % 100_000_000),
                "BZB-XZMD-910", before.plusDays(2));
        SubmissionRow done = awaitEnd(providerId, submit(providerId, "补录旧档案.csv", csv.getBytes(StandardCharsets.UTF_8), before));
        assertThat(done.late()).isFalse();
        assertThat(sql.value("select outcome from archive_submission_week where provider_id = ? and week_start = ?",
                providerId, java.sql.Date.valueOf(before))).isEqualTo("ON_TIME");
        assertThat(sql.value("select technical_support_only from installation_archive where warranty_card_no = ?", "NW" + tag))
                .isEqualTo(false);
    }

    /** Issue 14 #11c: rows dated outside the submitted week are loaded, each with a warning (row, column, date). */
    @Test
    void rowsDatedOutsideTheSubmittedWeekAreLoadedWithAWarningEach() throws Exception {
        long providerId = provider();
        String tag = Long.toString(System.nanoTime() % 100_000_000);
        LocalDate week = monday(today()).minusWeeks(1);
        String csv = HEADER
                + row("IN" + tag, "许可", "131" + String.format("%08d", Long.parseLong(tag) % 100_000_000), "BZB-XZMD-910", week.plusDays(6))
                + row("BF" + tag, "严冬", "132" + String.format("%08d", Long.parseLong(tag) % 100_000_000), "BZB-XZMD-910", week.minusDays(1))
                + row("AF" + tag, "顾盼", "130" + String.format("%08d", Long.parseLong(tag) % 100_000_000), "BZB-XZMD-910", week.plusDays(7));
        long id = submit(providerId, "上周.csv", csv.getBytes(StandardCharsets.UTF_8), week);
        SubmissionRow done = awaitEnd(providerId, id);

        assertThat(done.rowsWritten()).isEqualTo(3);
        assertThat(done.rowsRejected()).isZero();
        assertThat(RunAs.user(user(providerId), () -> submissions.problems(id, 0, 50)))
                .extracting(RowProblem::rowNo, RowProblem::column, RowProblem::reasonKey, RowProblem::value, RowProblem::warning)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "铺装日期", "submission.warning.outsideWeek", week.minusDays(1).toString(), true),
                        org.assertj.core.groups.Tuple.tuple(4, "铺装日期", "submission.warning.outsideWeek", week.plusDays(7).toString(), true));
        assertThat(sql.count("select count(*) from installation_archive where submission_id = ?", id)).isEqualTo(3);
    }

    private List<String> deadlinesWeek(LocalDate week) {
        return submissions.week(week).stream().map(w -> w.providerCode()).toList();
    }

    @Test
    void aProviderSeesItsOwnSubmissionsOnly() throws Exception {
        long mine = provider();
        long other = provider();
        String tag = Long.toString(System.nanoTime() % 100_000_000);
        String csv = HEADER + row("OW" + tag, "郑洁", "133" + String.format("%08d", Long.parseLong(tag) % 100_000_000),
                "BZB-XZMD-910", monday(today()).minusWeeks(1));
        long id = submit(mine, "档案.csv", csv.getBytes(StandardCharsets.UTF_8), null);
        awaitEnd(mine, id);

        assertThatThrownBy(() -> RunAs.user(user(other), () -> submissions.get(id))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.user(user(other), () -> submissions.problems(id, 0, 10))).isInstanceOf(NotFound.class);
        assertThat(RunAs.user(user(other), () -> submissions.list(0, 100))).extracting(SubmissionRow::id).doesNotContain(id);
        assertThat(RunAs.user(user(mine), () -> submissions.list(0, 100))).extracting(SubmissionRow::id).contains(id);
        assertThat(RunAs.role(Role.SUPERVISOR, () -> submissions.get(id)).providerName()).startsWith("报送测试服务商");
    }

    @Test
    void aFileThatCannotBeLoadedIsRefusedWholeWithItsReasonAndNothingIsRecorded() throws Exception {
        long providerId = provider();
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[]{"缺列.csv", "保修卡号,客户姓名\nX1,张三\n".getBytes(StandardCharsets.UTF_8), "submission.error.missingHeaders"});
        cases.add(new Object[]{"空文件.csv", new byte[0], "sheet.error.empty"});
        cases.add(new Object[]{"旧版.xlsx", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0, 0, 0}, "sheet.error.xls"});
        for (Object[] c : cases) {
            assertThatThrownBy(() -> submit(providerId, (String) c[0], (byte[]) c[1], null))
                    .as((String) c[0])
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo(c[2]));
        }
        // over the size limit (policy data, lowered to 1 MB for this test)
        sql.update("""
                insert into policy_value (policy_key, value, unit, effective_from, note)
                values ('archive-submission.max-mb', '1', 'COUNT', now() - interval '1 second', 'test')""");
        try {
            byte[] large = (HEADER + "x".repeat(1_100_000)).getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> submit(providerId, "太大.csv", large, null))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("submission.error.fileTooLarge"));
        } finally {
            sql.update("delete from policy_value where policy_key = 'archive-submission.max-mb' and note = 'test'");
        }
        assertThat(sql.count("select count(*) from archive_submission where provider_id = ?", providerId)).isZero();
    }

    private static byte[] corpus(String name) throws java.io.IOException {
        try (java.io.InputStream in = ArchiveSubmissionsIT.class.getResourceAsStream("/submission-corpus/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    /** The bad-input corpus (its README says what each file must give) through the real job, as P-HZ-001. */
    @Test
    void theBadInputCorpusLoadsAsItsReadmeSays() throws Exception {
        long hz = ((Number) sql.value("select id from service_provider where code = 'P-HZ-001'")).longValue();
        Object[][] loadable = {
                // file, format, written, rejected
                {"mixed-bad-rows.xlsx", "XLSX", 14, 6},
                {"formulas.xlsx", "XLSX", 2, 2},
                {"dates.xlsx", "XLSX", 8, 1},
                {"good-gbk.csv", "CSV", 10, 0},
                {"good-utf8-bom.csv", "CSV", 10, 0},
                {"xlsx-named.csv", "XLSX", 10, 0},
                {"csv-named.xlsx", "CSV", 10, 0},
                {"unknown-codes.csv", "CSV", 1, 4},
                {"duplicate-rows.csv", "CSV", 2, 2},
                {"header-only.xlsx", "XLSX", 0, 0}};
        for (Object[] file : loadable) {
            long id = submit(hz, (String) file[0], corpus((String) file[0]), null);
            SubmissionRow done = awaitEnd(hz, id);
            assertThat(done.status()).as((String) file[0]).isEqualTo("COMPLETED");
            assertThat(done.format()).as((String) file[0]).isEqualTo(file[1]);
            assertThat(done.rowsWritten()).as((String) file[0] + " written").isEqualTo(file[2]);
            assertThat(done.rowsRejected()).as((String) file[0] + " rejected").isEqualTo(file[3]);
            if (file[0].equals("mixed-bad-rows.xlsx")) {
                assertThat(RunAs.user(user(hz), () -> submissions.problems(id, 0, 50)))
                        .extracting(RowProblem::rowNo, RowProblem::column, RowProblem::reasonKey).contains(
                                org.assertj.core.groups.Tuple.tuple(4, "联系电话", "submission.error.phone"),
                                org.assertj.core.groups.Tuple.tuple(7, "铺装面积(㎡)", "submission.error.notPositive"),
                                org.assertj.core.groups.Tuple.tuple(7, "单价(元)", "submission.error.negative"),
                                org.assertj.core.groups.Tuple.tuple(9, "客户姓名", "submission.error.required"),
                                org.assertj.core.groups.Tuple.tuple(12, "铺装方式", "submission.error.method"),
                                org.assertj.core.groups.Tuple.tuple(15, "铺装日期", "submission.error.future"),
                                org.assertj.core.groups.Tuple.tuple(18, "验收日期", "submission.error.beforeInstalled"));
            }
            if (file[0].equals("good-gbk.csv")) {
                assertThat(done.charset()).isEqualTo("GBK");
            }
        }
        Object[][] refused = {
                {"legacy.xls", "sheet.error.xls"},
                {"wrong-headers.xlsx", "submission.error.missingHeaders"},
                {"missing-headers.csv", "submission.error.missingHeaders"},
                {"empty.csv", "sheet.error.empty"}};
        for (Object[] file : refused) {
            byte[] content = corpus((String) file[0]);
            assertThatThrownBy(() -> submit(hz, (String) file[0], content, null)).as((String) file[0])
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo(file[1]));
        }
    }

    @Test
    void aHeaderWithoutRowsIsAWeekWithoutInstallationsAndCountsAsSent() throws Exception {
        long providerId = provider();
        LocalDate thisWeek = monday(today());
        long id = submit(providerId, "本周无铺装.csv", HEADER.getBytes(StandardCharsets.UTF_8), thisWeek);
        SubmissionRow done = awaitEnd(providerId, id);

        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.rowsTotal()).isZero();
        assertThat(sql.value("select outcome from archive_submission_week where provider_id = ? and week_start = ?",
                providerId, java.sql.Date.valueOf(thisWeek))).isEqualTo("ON_TIME");
    }
}
