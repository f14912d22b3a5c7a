package com.aftersales.crm.it.service;

import com.aftersales.crm.dispatch.boundary.DispatchDraft;
import com.aftersales.crm.dashboard.boundary.Dashboard;
import com.aftersales.crm.dashboard.boundary.DashboardFilter;
import com.aftersales.crm.dashboard.boundary.Figure;
import com.aftersales.crm.dashboard.entity.Period;
import com.aftersales.crm.dispatch.boundary.DispatchOrders;
import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.platform.ClockProducer;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.servicecase.boundary.CaseDraft;
import com.aftersales.crm.servicecase.boundary.ServiceCases;
import com.aftersales.crm.servicecase.boundary.SlaPauses;
import com.aftersales.crm.servicecase.boundary.SlaWatch;
import com.aftersales.crm.servicecase.entity.CaseClock;
import com.aftersales.crm.servicecase.entity.CaseDetail;
import com.aftersales.crm.servicecase.entity.PauseRow;
import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.shared.Severity;
import com.aftersales.crm.shared.SlaBadge;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * 停表 through the services, against the real database, with the test clock: a paused clock is not breached, its resume
 * moves the deadline, a rejection undoes the pause, the provider answers only for the time it owned.
 */
@ExtendWith(ArquillianExtension.class)
class SlaPausesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(SlaPausesIT.class.getPackage());
    }

    @Inject
    ServiceCases cases;

    @Inject
    SlaPauses pauses;

    @Inject
    DispatchOrders orders;

    @Inject
    SlaWatch watch;

    @Inject
    ClockProducer clock;

    @Inject
    Sql sql;

    @Inject
    Dashboard dashboard;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private long number(String query, Object... parameters) {
        return ((Number) sql.value(query, parameters)).longValue();
    }

    /** A demo customer whose every installation the provider laid (other tests add installations of other providers). */
    private long customer(long providerId) {
        return number("""
                select c.id from customer c join installation_archive i on i.customer_id = c.id
                where i.provider_id = ? and not c.suburban and c.merged_into_id is null
                  and not exists (select from installation_archive o where o.customer_id = c.id and o.provider_id <> i.provider_id)
                order by c.id limit 1""", providerId);
    }

    /** A repair case of the provider's customer whose on-site deadline is an hour from now (the reply: a day). */
    private long caseDueInAnHour(long providerId) throws Exception {
        CaseDraft draft = new CaseDraft();
        draft.setCustomerId(customer(providerId));
        draft.setType(CaseType.REPAIR);
        draft.setSeverity(Severity.NORMAL);
        draft.setCustomerWords("卧室地板有几块松动，踩上去响");
        long caseId = RunAs.role(Role.AGENT, () -> cases.open(draft));
        assertThat(number("select provider_id from service_case where id = ?", caseId)).as("the case's provider").isEqualTo(providerId);
        sql.update("update service_case set on_site_due = ? where id = ?",
                Timestamp.from(clockNow().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS)), caseId);
        return caseId;
    }

    private Instant clockNow() {
        return Instant.now().plus(offset);
    }

    private Duration offset = Duration.ZERO;

    private void advance(Duration by) {
        clock.advance(by);
        offset = offset.plus(by);
    }

    private CaseDetail detail(long caseId) throws Exception {
        return RunAs.role(Role.AGENT, () -> cases.detail(caseId));
    }

    private long onSiteBreaches(long caseId) {
        return number("select count(*) from sla_breach where case_id = ? and clock = 'ON_SITE'", caseId);
    }

    private long pause(long caseId, String reason) throws Exception {
        return RunAs.role(Role.AGENT, () -> pauses.pause(caseId, CaseClock.ON_SITE, reason, "约定上门时客户不在家，电话改约", "REC-20261204-0815"));
    }

    private static UserPrincipal providerUser(long providerId) {
        return new UserPrincipal(-1, "test-provider-" + providerId, "服务商", Set.of(Role.PROVIDER), null, providerId, "zh_CN");
    }

    @Test
    void aPausedClockIsNotBreachedAndItsResumeMovesTheDeadlineByThePausedTime() throws Exception {
        long caseId = caseDueInAnHour(1);
        Instant due = detail(caseId).onSiteDue();
        pause(caseId, "CUSTOMER_NOT_HOME");
        assertThat(detail(caseId).sla()).as("the reply's clock still runs")
                .satisfies(b -> assertThat(List.of(b.state(), b.clock())).containsExactly(SlaBadge.State.RUNNING, "FIRST_REPLY"));

        advance(Duration.ofHours(2));                      // the first deadline passes while paused
        watch.detect();
        assertThat(onSiteBreaches(caseId)).isZero();

        RunAs.role(Role.AGENT, () -> pauses.resume(caseId, CaseClock.ON_SITE));
        CaseDetail resumed = detail(caseId);
        assertThat(Duration.between(due, resumed.onSiteDue()).toSeconds()).isCloseTo(7200, within(60L));
        List<PauseRow> life = RunAs.role(Role.AGENT, () -> pauses.life(caseId));
        assertThat(life).singleElement().satisfies(p -> {
            assertThat(p.state()).isEqualTo("RESUMED");
            assertThat(p.party()).isEqualTo("CUSTOMER");
            assertThat(p.pausedBy()).isEqualTo("test-agent");
            assertThat(p.shiftMinutes()).isBetween(119L, 121L);
        });
        assertThat(number("select count(*) from case_history where case_id = ? and action in ('CLOCK_PAUSED', 'CLOCK_RESUMED')", caseId))
                .isEqualTo(2);
        assertThat(number("select count(*) from customer_event where ref_type = 'CASE' and ref_id = ? and kind = 'CASE_CLOCK_PAUSED'", caseId))
                .isOne();
        watch.detect();
        assertThat(onSiteBreaches(caseId)).as("the moved deadline is still ahead").isZero();

        advance(Duration.ofMinutes(62));                  // now the moved deadline passes
        watch.detect();
        assertThat(number("select count(*) from sla_breach where case_id = ? and clock = 'ON_SITE' and due_at = ?", caseId,
                Timestamp.from(resumed.onSiteDue()))).as("breached at the moved deadline").isOne();
    }

    @Test
    void aRejectedPauseRestoresTheClockAsIfItHadNeverPaused() throws Exception {
        long caseId = caseDueInAnHour(1);
        Instant due = detail(caseId).onSiteDue();
        long pauseId = pause(caseId, "CUSTOMER_LATER_DATE");
        advance(Duration.ofHours(2));
        RunAs.role(Role.AGENT, () -> pauses.resume(caseId, CaseClock.ON_SITE));
        assertThat(detail(caseId).onSiteDue()).isAfter(due.plus(Duration.ofMinutes(110)));

        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> pauses.reject(caseId, pauseId, "录音显示客户没有要求改期")))
                .isInstanceOf(AccessDenied.class);
        RunAs.role(Role.SUPERVISOR, () -> pauses.reject(caseId, pauseId, "录音显示客户没有要求改期"));

        assertThat(detail(caseId).onSiteDue()).isEqualTo(due);
        watch.detect();
        assertThat(onSiteBreaches(caseId)).as("the first deadline has passed: a breach, as if never paused").isOne();
        assertThat(RunAs.role(Role.AGENT, () -> pauses.life(caseId))).singleElement()
                .satisfies(p -> assertThat(p.state()).isEqualTo("REJECTED"));
        assertThat(number("select count(*) from case_history where case_id = ? and action = 'PAUSE_REJECTED'", caseId)).isOne();
    }

    @Test
    void anOpenPauseRejectedStopsHoldingTheWatch() throws Exception {
        long caseId = caseDueInAnHour(1);
        long pauseId = pause(caseId, "CUSTOMER_NOT_HOME");
        advance(Duration.ofHours(2));
        watch.detect();
        assertThat(onSiteBreaches(caseId)).isZero();

        RunAs.role(Role.SUPERVISOR, () -> pauses.reject(caseId, pauseId, "技师未按约上门"));
        watch.detect();

        assertThat(onSiteBreaches(caseId)).isOne();
    }

    @Test
    void theProviderIsBreachedOnlyForTheTimeItOwned() throws Exception {
        long waited = caseDueInAnHour(2);
        long plain = caseDueInAnHour(2);
        RunAs.role(Role.AGENT, () -> pauses.pause(waited, CaseClock.ON_SITE, "MAKER_PARTS", "厂家配件未到", "REC-MAKER-01"));
        // the provider's own reason stops nothing: its clock is breached as if not paused
        long own = caseDueInAnHour(2);
        RunAs.user(providerUser(2), () -> pauses.pause(own, CaseClock.ON_SITE, "PROVIDER_RESCHEDULED", "技师临时调走", null));

        advance(Duration.ofHours(3));
        watch.detect();

        assertThat(number("select count(*) from sla_breach where provider_id = 2 and clock = 'ON_SITE' and case_id in (?, ?, ?)",
                waited, plain, own)).isEqualTo(2);
        assertThat(onSiteBreaches(waited)).isZero();
        RunAs.role(Role.AGENT, () -> pauses.resume(waited, CaseClock.ON_SITE));
        watch.detect();
        assertThat(onSiteBreaches(waited)).as("three hours of the maker's: the deadline moved past now").isZero();
    }

    @Test
    void aPauseNeedsAReasonOfTheListANoteAndTheEvidenceItsReasonAsksFor() throws Exception {
        long caseId = caseDueInAnHour(1);
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> pauses.pause(caseId, CaseClock.ON_SITE, "MAKER_PARTS", "等配件", " ")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("pause.error.evidenceRequired"));
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> pauses.pause(caseId, CaseClock.ON_SITE, "NO_SUCH", "x", null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> pauses.pause(caseId, CaseClock.ON_SITE, "DEALER_GOODS", " ", null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThat(RunAs.role(Role.AGENT, () -> pauses.pause(caseId, CaseClock.ON_SITE, "DEALER_GOODS", "经销商补货中", null)))
                .isPositive();
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> pauses.pause(caseId, CaseClock.ON_SITE, "DEALER_GOODS", "再停", null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("pause.error.alreadyPaused"));
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> { pauses.resume(caseId, CaseClock.FIRST_REPLY); }))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("pause.error.notPaused"));
    }

    /** A real picture, as a phone would send one. */
    private static byte[] png() throws Exception {
        var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aPhotoIsEvidenceEnoughWithoutARecordingIdAndOnlyThoseWhoSeeTheCaseReadIt() throws Exception {
        long caseId = caseDueInAnHour(1);
        byte[] photo = png();
        long pauseId = RunAs.role(Role.AGENT, () -> pauses.pause(caseId, CaseClock.ON_SITE, "MAKER_PARTS", "厂家配件未到，附到货单照片",
                null, new SlaPauses.Photo("到货单.png", new java.io.ByteArrayInputStream(photo))));

        assertThat(RunAs.role(Role.AGENT, () -> pauses.life(caseId))).singleElement().satisfies(p -> {
            assertThat(p.photo()).isTrue();
            assertThat(p.recordingId()).isNull();
        });
        var download = RunAs.user(providerUser(1), () -> pauses.photo(pauseId));
        try (var content = download.content()) {
            assertThat(download.contentType()).isEqualTo("image/png");
            assertThat(download.fileName()).isEqualTo("到货单.png");
            assertThat(content.readAllBytes()).isEqualTo(photo);
        }
        assertThat(sql.value("select photo_sha256 from sla_pause where id = ?", pauseId)).asString().hasSize(64);

        // another organisation's dealer or provider: "not found", exactly as for a pause that does not exist
        long otherDealer = number("""
                select d.id from dealer d where d.id is distinct from (select dealer_id from service_case where id = ?)
                order by d.id limit 1""", caseId);
        UserPrincipal dealer = new UserPrincipal(-2, "test-dealer-" + otherDealer, "经销商", Set.of(Role.DEALER),
                otherDealer, null, "zh_CN");
        assertThatThrownBy(() -> RunAs.user(dealer, () -> pauses.photo(pauseId))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.user(providerUser(2), () -> pauses.photo(pauseId))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> pauses.photo(Long.MAX_VALUE))).isInstanceOf(NotFound.class);
    }

    @Test
    void aFileThatIsNoPictureIsNoEvidence() throws Exception {
        long caseId = caseDueInAnHour(1);
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> pauses.pause(caseId, CaseClock.ON_SITE, "MAKER_PARTS", "等配件",
                null, new SlaPauses.Photo("到货单.pdf", new java.io.ByteArrayInputStream(pdf)))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("photo");
                    assertThat(e.messageKey()).isEqualTo("pause.error.photoType");
                });
        byte[] text = "不是图片".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> pauses.pause(caseId, CaseClock.ON_SITE, "MAKER_PARTS", "等配件",
                null, new SlaPauses.Photo("photo.png", new java.io.ByteArrayInputStream(text)))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("pause.error.fileType"));
        assertThat(RunAs.role(Role.AGENT, () -> pauses.life(caseId))).isEmpty();
    }

    @Test
    void aClockPastDueOrStoppedCannotBePausedAndAnotherProviderNeverSeesTheCase() throws Exception {
        long caseId = caseDueInAnHour(1);
        sql.update("update service_case set on_site_due = now() - interval '1 minute' where id = ?", caseId);
        assertThatThrownBy(() -> pause(caseId, "CUSTOMER_NOT_HOME"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("pause.error.pastDue"));
        assertThatThrownBy(() -> RunAs.user(providerUser(2), () -> pauses.life(caseId))).isInstanceOf(NotFound.class);

        long visited = caseDueInAnHour(1);
        DispatchDraft draft = new DispatchDraft();
        draft.setProviderId(1L);
        draft.setTechnicianIds(List.of(number(
                "select id from technician where provider_id = 1 and certificate_level = 'SENIOR' and active limit 1")));
        draft.setAgreedVisitAt(LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusHours(3).truncatedTo(ChronoUnit.MINUTES));
        long orderId = RunAs.role(Role.AGENT, () -> orders.dispatch(visited, draft));
        pause(visited, "CUSTOMER_NOT_HOME");
        RunAs.user(providerUser(1), () -> {
            orders.accept(orderId);
            orders.schedule(orderId, null);
            orders.arrive(orderId);
            return null;
        });
        assertThat(RunAs.role(Role.AGENT, () -> pauses.life(visited))).singleElement()
                .satisfies(p -> assertThat(p.state()).as("the visit ended the pause").isEqualTo("RESUMED"));
        assertThatThrownBy(() -> pause(visited, "CUSTOMER_NOT_HOME"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("pause.error.clockStopped"));
    }

    @Test
    void theDashboardSplitsLateTimeByThePartyThatOwnedIt() throws Exception {
        long caseId = caseDueInAnHour(1);
        String line = "停表测试线" + caseId;
        // three hours waiting for the maker's parts moved the deadline; the technician came four hours after the
        // first promise: one hour late the provider's, three the maker's
        sql.update("""
                insert into sla_pause (case_id, clock, cycle, reason_code, party, note, recording_id, due_at_pause,
                                       paused_at, paused_by, resumed_at, resumed_by, shift_seconds)
                select id, 'ON_SITE', reopen_count, 'MAKER_PARTS', 'MAKER', '等厂家配件', 'REC-9', now() - interval '5 hours',
                       now() - interval '8 hours', 'agent', now() - interval '5 hours', 'agent', 10800
                from service_case where id = ?""", caseId);
        sql.update("""
                update service_case set on_site_due = now() - interval '2 hours', on_site_at = now() - interval '1 hour',
                       first_replied_at = opened_at, product_line = ? where id = ?""", line, caseId);
        YearMonth month = YearMonth.now(Period.BEIJING);

        Map<String, Figure> split = RunAs.role(Role.MANAGER, () -> dashboard.lateByParty(
                new DashboardFilter(Period.of(month, month), null, null, line))).stream()
                .collect(Collectors.toMap(Figure::key, f -> f));

        assertThat(split.get("PROVIDER").total()).isEqualTo(60);
        assertThat(split.get("MAKER").total()).isEqualTo(180);
        assertThat(split.get("DEALER").total()).isZero();
        assertThat(split.get("CUSTOMER").total()).isZero();
        assertThat(List.of(split.get("PROVIDER").hits(), split.get("MAKER").hits())).containsExactly(1L, 1L);
    }

    @Test
    void aClockPausedPastItsFirstDeadlineIsNeitherOverdueOnTheListsNorOnItsBadges() throws Exception {
        long caseId = caseDueInAnHour(1);
        DispatchDraft draft = new DispatchDraft();
        draft.setProviderId(1L);
        draft.setTechnicianIds(List.of(number(
                "select id from technician where provider_id = 1 and certificate_level = 'SENIOR' and active limit 1")));
        draft.setAgreedVisitAt(LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusHours(3).truncatedTo(ChronoUnit.MINUTES));
        RunAs.role(Role.AGENT, () -> orders.dispatch(caseId, draft));
        RunAs.role(Role.AGENT, () -> pauses.pause(caseId, CaseClock.FIRST_REPLY, "CUSTOMER_NOT_HOME", "电话无人接听", "REC-77"));
        pause(caseId, "CUSTOMER_NOT_HOME");
        // both first deadlines have passed while the clocks stand paused
        sql.update("update service_case set first_reply_due = now() - interval '1 hour', on_site_due = now() - interval '1 hour'"
                + " where id = ?", caseId);

        assertThat(detail(caseId).sla().state()).isEqualTo(SlaBadge.State.PAUSED);
        com.aftersales.crm.servicecase.entity.CaseFilter overdue = new com.aftersales.crm.servicecase.entity.CaseFilter();
        overdue.setOverdueOnly(true);
        overdue.setText(Long.toString(caseId));
        assertThat(RunAs.role(Role.AGENT, () -> cases.list(overdue, 0, 20, null, false))).isEmpty();
        assertThat(RunAs.user(providerUser(1), () -> orders.forCase(caseId))).singleElement().satisfies(order -> {
            assertThat(order.sla().state()).isEqualTo(SlaBadge.State.PAUSED);
            assertThat(order.onSiteSla().state()).isEqualTo(SlaBadge.State.PAUSED);
        });
        com.aftersales.crm.dispatch.entity.OrderFilter late = new com.aftersales.crm.dispatch.entity.OrderFilter();
        late.setOverdueOnly(true);
        assertThat(RunAs.user(providerUser(1), () -> orders.list(late, 0, 200))).noneMatch(order -> order.caseId() == caseId);
        watch.detect();
        assertThat(number("select count(*) from sla_breach where case_id = ?", caseId)).isZero();
    }
}
