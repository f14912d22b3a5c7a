package com.aftersales.crm.it.service;

import com.aftersales.crm.calendar.boundary.CalendarAdministration;
import com.aftersales.crm.calendar.boundary.WorkingCalendar;
import com.aftersales.crm.information.boundary.InformationDraft;
import com.aftersales.crm.information.boundary.InformationItems;
import com.aftersales.crm.information.entity.InformationCategory;
import com.aftersales.crm.information.entity.Urgency;
import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.platform.ClockProducer;
import com.aftersales.crm.policy.boundary.PolicyAdministration;
import com.aftersales.crm.policy.boundary.PolicyDraft;
import com.aftersales.crm.policy.entity.PolicyValue;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The working-day calendar against the real database: the migration's notices are the only source of holidays, a
 * policy in working days produces a calendar deadline on a real record, and a notice the administrator saves changes
 * the arithmetic at once.
 */
@ExtendWith(ArquillianExtension.class)
class WorkingCalendarIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(WorkingCalendarIT.class.getPackage());
    }

    @Inject
    WorkingCalendar calendar;

    @Inject
    CalendarAdministration administration;

    @Inject
    PolicyAdministration policies;

    @Inject
    InformationItems items;

    @Inject
    ClockProducer clock;

    @Inject
    Sql sql;

    private Long itemId;
    private Long policyId;

    @AfterEach
    void putBack() {
        clock.reset();
        if (itemId != null) {
            sql.update("delete from information_item where id = ?", itemId);
        }
        if (policyId != null) {
            sql.update("delete from policy_value where id = ?", policyId);
        }
    }

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    private static Instant endOf(String day) {
        return LocalDate.parse(day).plusDays(1).atStartOfDay(BEIJING).toInstant();
    }

    private Instant instant(String query, Object... parameters) {
        Object value = sql.value(query, parameters);
        return value instanceof java.sql.Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) value).toInstant();
    }

    @Test
    void theMigrationsNoticesAreTheCalendarTheServerCountsOn() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 18))).as("Sunday, 调休补班").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 12))).as("春节").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 10, 12))).as("Saturday, 调休补班").isTrue();
        assertThat(calendar.addWorkingDays(beijing("2024-09-27T15:00"), 3)).isEqualTo(endOf("2024-10-08"));
        assertThat(sql.count("select count(*) from calendar_day where year between 2007 and 2026")).as("the migration's rows").isEqualTo(678);
        assertThat(calendar.published(2026)).isTrue();
    }

    @Test
    void anInformationAnswerSwitchedToWorkingDaysIsDueAfterTheSpringFestival() throws Exception {
        // Friday 24 January 2025, before the Spring Festival (28 Jan – 4 Feb off, Sunday 26 Jan made working)
        clock.advance(Duration.between(Instant.now(), beijing("2025-01-24T10:00")));
        PolicyDraft draft = new PolicyDraft();
        draft.setKey("information.answer-days");
        draft.setValue("3");
        draft.setUnit(PolicyValue.Unit.WORKING_DAYS);
        draft.setNote("春节期间按工作日计算回复期限");
        policyId = RunAs.role(Role.ADMIN, () -> policies.addVersion(draft));

        InformationDraft item = new InformationDraft();
        item.setCategory(InformationCategory.MARKET);
        item.setUrgency(Urgency.WEEKLY);
        item.setSubject("春节前经销商备货情况");
        item.setContent("节前备货充足，节后需安排补货");
        item.setProposal("节后第一周安排配送");
        itemId = RunAs.user(new UserPrincipal(-1, "test-dealer-1", "经销商", Set.of(Role.DEALER), 1L, null, "zh_CN"),
                () -> items.file(item));

        // Sunday 26 (1), Monday 27 (2), the holiday, Wednesday 5 February (3): due at its 24:00
        assertThat(instant("select answer_due from information_item where id = ?", itemId)).isEqualTo(endOf("2025-02-05"));
        assertThat(((Number) sql.value("select answer_policy_id from information_item where id = ?", itemId)).longValue())
                .isEqualTo(policyId);
    }

    @Test
    void aNoticeTheAdministratorSavesChangesTheArithmeticAtOnceAndABadOneSavesNothing() throws Exception {
        Instant newYearsEve = beijing("2030-12-31T10:00"); // a Tuesday; 2031 has no notice yet
        assertThat(calendar.published(2031)).isFalse();
        assertThat(calendar.addWorkingDays(newYearsEve, 1)).as("weekends only").isEqualTo(endOf("2031-01-01"));

        assertThatThrownBy(() -> RunAs.role(Role.ADMIN, () -> administration.replace(2031, "2031-01-01 元旦 休\n2031-13-02 元旦 休")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("calendar.error.date");
                    assertThat(e.args()[0]).isEqualTo(2);
                });
        assertThat(calendar.published(2031)).as("nothing of a bad notice is kept").isFalse();
        assertThatThrownBy(() -> RunAs.role(Role.SUPERVISOR, () -> administration.replace(2031, "2031-01-01 元旦 休")))
                .isInstanceOf(AccessDenied.class);

        try {
            assertThat(RunAs.role(Role.ADMIN, () -> administration.replace(2031, "2031-01-01 元旦 休\n2030-12-29 元旦 班"))).isEqualTo(2);

            assertThat(calendar.published(2031)).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2030, 12, 29))).as("a Sunday the 2031 notice made working").isTrue();
            assertThat(calendar.addWorkingDays(newYearsEve, 1)).isEqualTo(endOf("2031-01-02"));
        } finally {
            // the next save of 2031 reloads it; nothing else counts into 2030/2031 in the tests
            sql.update("delete from calendar_year where year = 2031");
        }
    }
}
