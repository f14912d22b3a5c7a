package com.aftersales.crm.it.service;

import com.aftersales.crm.it.Poll;
import com.aftersales.crm.casestudy.boundary.CaseStudies;
import com.aftersales.crm.casestudy.boundary.CaseStudyDraft;
import com.aftersales.crm.batch.scheduling.CaseStudySchedule;
import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 服务案例 against the real database, with the month-end Jakarta Batch job really run by the server's batch runtime:
 * deductions for a missing or worthless month, suspension after three in a row, nothing twice, the supervisor lifting it.
 */
@ExtendWith(ArquillianExtension.class)
class CaseStudiesIT {

    private static final String JANUARY = "2001-01-01";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CaseStudiesIT.class.getPackage());
    }

    @Inject
    CaseStudies studies;

    @Inject
    CaseStudySchedule schedule;

    @Inject
    Sql sql;

    /** A new active provider, signed in 2000, so that 2001's months concern it. */
    private long provider(String name) {
        long n = System.nanoTime() % 1_000_000;
        return ((Number) sql.value("""
                insert into service_provider (code, name, region_code, market_level, contact_name, contact_phone, hotline,
                                              agreement_signed_on, grade, status, deposit)
                values (?, ?, '110100', 1, '测试', '13800000000', '400-000-0000', date '2000-06-01', 'B', 'ACTIVE', 10000)
                returning id""", "TP-" + n, name + n)).longValue();
    }

    private void caseStudy(long providerId, String month, boolean worthless) {
        sql.update("""
                insert into case_study (provider_id, month, title, situation, handling, lessons, submitted_at, submitted_by,
                                        worthless, judged_by, judgement_reason)
                values (?, cast(? as date), '客厅地板起拱处理', '客户反映起拱', '重新留伸缩缝', '铺装时必须留足伸缩缝', now(), 'provider',
                        ?, case when ? then 'supervisor' end, case when ? then '内容空洞，无处理过程' end)""",
                providerId, month, worthless, worthless, worthless);
    }

    private void closeMonth(YearMonth month) throws Exception {
        long execution = RunAs.role(Role.SUPERVISOR, () -> studies.closeMonth(month));
        BatchStatus status = Poll.until("the month-end job for " + month + " ends", Duration.ofSeconds(60),
                () -> BatchStatus.valueOf(RunAs.role(Role.SUPERVISOR, () -> studies.closingStatus(execution))),
                s -> s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.ABANDONED);
        assertThat(status).as("the month-end job for " + month).isEqualTo(BatchStatus.COMPLETED);
    }

    private Object[] month(long providerId, String month) {
        return sql.rows("select compliant, reason, deduction from case_study_compliance where provider_id = ? and month = cast(? as date)",
                providerId, month).get(0);
    }

    @Test
    void aMissingOrWorthlessMonthCostsFiftyAndThreeInARowSuspendTheProviderUntilASupervisorLiftsIt() throws Exception {
        long diligent = provider("案例按时服务商");
        long silent = provider("从不提交服务商");
        caseStudy(diligent, JANUARY, false);
        caseStudy(diligent, "2001-03-01", true);

        closeMonth(YearMonth.of(2001, 1));
        closeMonth(YearMonth.of(2001, 2));
        closeMonth(YearMonth.of(2001, 3));

        assertThat(month(diligent, JANUARY)).containsExactly(true, null, new java.math.BigDecimal("0.00"));
        assertThat(month(diligent, "2001-02-01")).containsExactly(false, "MISSING", new java.math.BigDecimal("50.00"));
        assertThat(month(diligent, "2001-03-01")).containsExactly(false, "WORTHLESS", new java.math.BigDecimal("50.00"));
        assertThat(sql.value("select status from service_provider where id = ?", diligent)).isEqualTo("ACTIVE");
        assertThat(sql.value("select status from service_provider where id = ?", silent)).isEqualTo("SUSPENDED");
        long notice = ((Number) sql.value("select id from provider_notice where provider_id = ? and lifted_at is null", silent)).longValue();

        // Running a month again records nothing twice.
        closeMonth(YearMonth.of(2001, 1));
        assertThat(sql.count("select count(*) from case_study_compliance where provider_id = ? and month = cast(? as date)",
                silent, JANUARY)).isOne();
        assertThat(sql.count("select count(*) from provider_notice where provider_id = ?", silent)).isOne();

        // The provider sees its own months and notice only.
        UserPrincipal silentUser = new UserPrincipal(-1, "test-provider-silent", "服务商", Set.of(Role.PROVIDER), null, silent, "zh_CN");
        assertThat(RunAs.user(silentUser, () -> studies.compliance(500))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.providerId()).isEqualTo(silent));
        assertThat(RunAs.user(silentUser, () -> studies.notices())).singleElement()
                .satisfies(row -> assertThat(row.liftedAt()).isNull());
        assertThatThrownBy(() -> RunAs.user(silentUser, () -> {
            studies.lift(notice);
            return null;
        })).isInstanceOf(Exception.class);

        RunAs.role(Role.SUPERVISOR, () -> studies.lift(notice));
        assertThat(sql.value("select status from service_provider where id = ?", silent)).isEqualTo("ACTIVE");
        assertThat(sql.value("select lifted_by from provider_notice where id = ?", notice)).isEqualTo("test-supervisor");
    }

    @Test
    void theScheduleRunsOnceForAMonthHoweverOftenItFires() throws Exception {
        String period = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
        schedule.closePreviousMonth();
        boolean again = schedule.closePreviousMonth();

        assertThat(again).isFalse();
        assertThat(sql.count("select count(*) from job_period_run where job_name = 'case-study-compliance' and period = ?", period))
                .isOne();
    }

    @Test
    void aProviderSubmitsForThisMonthOrTheLastOneNotEarlier() throws Exception {
        UserPrincipal provider = new UserPrincipal(-1, "test-provider-1", "服务商", Set.of(Role.PROVIDER), null, 1L, "zh_CN");
        CaseStudyDraft draft = new CaseStudyDraft();
        draft.setTitle("地暖房间地板开裂的处理");
        draft.setSituation("客户地暖开启过快，地板开裂");
        draft.setHandling("更换开裂地板，指导客户逐步升温");
        draft.setLessons("铺装后须书面告知地暖使用注意事项");
        long id = RunAs.user(provider, () -> studies.submit(draft));
        assertThat(((Number) sql.value("select provider_id from case_study where id = ?", id)).longValue()).isEqualTo(1L);

        draft.setMonth(YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(3));
        assertThatThrownBy(() -> RunAs.user(provider, () -> studies.submit(draft)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("month"));
        draft.setMonth(null);
        draft.setLessons(" ");
        assertThatThrownBy(() -> RunAs.user(provider, () -> studies.submit(draft)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("lessons"));
        assertThatThrownBy(() -> RunAs.user(provider, () -> {
            studies.judgeWorthless(id, "自己判自己");
            return null;
        })).isInstanceOf(Exception.class);
        RunAs.role(Role.SUPERVISOR, () -> studies.judgeWorthless(id, "只有结论，没有处理过程"));
        assertThat(sql.value("select worthless from case_study where id = ?", id)).isEqualTo(true);
    }

    @Test
    void aProviderAttachesPhotosToItsOwnCaseAndOnlyWhoMaySeeTheCaseReadsThem() throws Exception {
        long mine = provider("附件服务商");
        long other = provider("别家服务商");
        caseStudy(mine, "2001-05-01", false);
        long study = ((Number) sql.value("select max(id) from case_study where provider_id = ?", mine)).longValue();
        UserPrincipal me = new UserPrincipal(-1, "test-provider-files", "服务商", Set.of(Role.PROVIDER), null, mine, "zh_CN");
        UserPrincipal them = new UserPrincipal(-1, "test-provider-other", "服务商", Set.of(Role.PROVIDER), null, other, "zh_CN");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

        var file = RunAs.user(me, () -> studies.attach(study, "C:\\照片\\现场.png", new java.io.ByteArrayInputStream(png)));

        assertThat(file.name()).isEqualTo("现场.png");
        assertThat(file.fileType()).isEqualTo("PNG");
        assertThat(RunAs.user(me, () -> studies.list(0, 10))).filteredOn(r -> r.id() == study).singleElement()
                .satisfies(r -> assertThat(r.files()).extracting(f -> f.name()).containsExactly("现场.png"));
        try (var download = RunAs.user(me, () -> studies.download(file.id())).content()) {
            assertThat(download.readAllBytes()).isEqualTo(png);
        }
        assertThat(RunAs.role(Role.SUPERVISOR, () -> studies.download(file.id())).contentType()).isEqualTo("image/png");
        assertThatThrownBy(() -> RunAs.user(them, () -> studies.download(file.id())))
                .isInstanceOf(com.aftersales.crm.shared.NotFound.class);
        assertThatThrownBy(() -> RunAs.user(them, () -> studies.attach(study, "x.png", new java.io.ByteArrayInputStream(png))))
                .isInstanceOf(com.aftersales.crm.shared.NotFound.class);
        assertThatThrownBy(() -> RunAs.user(me, () -> studies.attach(study, "说明.txt",
                new java.io.ByteArrayInputStream("not a photo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("caseStudy.error.fileType"));
    }
}
