package com.aftersales.crm.policy.entity;

import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

class PolicyValueTest {

    private static final Instant FIRST = Instant.parse("1999-12-31T16:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:30Z");

    private static PolicyValue freePeriod(String months, Instant from) {
        return new PolicyValue("warranty.free-period", null, null, months, PolicyValue.Unit.MONTHS, from, null, "admin");
    }

    @Test
    void newVersionMustStartAfterTheLatest() {
        PolicyValue latest = freePeriod("12", FIRST);

        assertThatThrownBy(() -> freePeriod("24", FIRST).follow(latest, FIRST))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("effectiveFrom");
                    assertThat(e.messageKey()).isEqualTo("policy.error.notLater");
                });
        assertThatCode(() -> freePeriod("24", FIRST.plusSeconds(1)).follow(latest, FIRST)).doesNotThrowAnyException();
    }

    @Test
    void newVersionKeepsTheUnit() {
        PolicyValue latest = freePeriod("12", FIRST);
        PolicyValue inDays = new PolicyValue("warranty.free-period", null, null, "365", PolicyValue.Unit.DAYS,
                FIRST.plusSeconds(60), null, "admin");

        assertThatThrownBy(() -> inDays.follow(latest, FIRST))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("policy.error.unitChanged"));
    }

    @Test
    void theInformationAnswerMaySwitchFromDaysToWorkingDaysAndBackButNoOtherUnit() {
        PolicyValue days = new PolicyValue("information.answer-days", null, null, "3", PolicyValue.Unit.DAYS, FIRST, null, "admin");
        PolicyValue working = new PolicyValue("information.answer-days", null, null, "3", PolicyValue.Unit.WORKING_DAYS,
                FIRST.plusSeconds(60), null, "admin");
        PolicyValue backToDays = new PolicyValue("information.answer-days", null, null, "3", PolicyValue.Unit.DAYS,
                FIRST.plusSeconds(120), null, "admin");
        PolicyValue hours = new PolicyValue("information.answer-days", null, null, "72", PolicyValue.Unit.HOURS,
                FIRST.plusSeconds(120), null, "admin");

        assertThatCode(() -> working.follow(days, FIRST)).doesNotThrowAnyException();
        assertThatCode(() -> backToDays.follow(working, FIRST)).doesNotThrowAnyException();
        assertThatThrownBy(() -> hours.follow(working, FIRST))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("policy.error.unitChanged"));
    }

    @Test
    void anSlaClockMaySwitchBetweenUnitsOfTimeButNotToACount() {
        PolicyValue hours = new PolicyValue("sla.on-site.suburban", null, null, "72", PolicyValue.Unit.HOURS, FIRST, null, "admin");
        PolicyValue working = new PolicyValue("sla.on-site.suburban", null, null, "3", PolicyValue.Unit.WORKING_DAYS,
                FIRST.plusSeconds(60), null, "admin");
        PolicyValue count = new PolicyValue("sla.on-site.suburban", null, null, "3", PolicyValue.Unit.COUNT,
                FIRST.plusSeconds(120), null, "admin");

        assertThatCode(() -> working.follow(hours, FIRST)).doesNotThrowAnyException();
        assertThatThrownBy(() -> count.follow(working, FIRST))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("policy.error.unitChanged"));
    }

    @Test
    void aDayCountThatIsNoDeadlineKeepsItsUnit() {
        PolicyValue days = new PolicyValue("reward.suspended-month-days", null, null, "15", PolicyValue.Unit.DAYS, FIRST, null, "admin");
        PolicyValue working = new PolicyValue("reward.suspended-month-days", null, null, "15", PolicyValue.Unit.WORKING_DAYS,
                FIRST.plusSeconds(60), null, "admin");

        assertThatThrownBy(() -> working.follow(days, FIRST))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("policy.error.unitChanged"));
    }

    @Test
    void aChangeNeverAppliesToThePast() {
        PolicyValue latest = freePeriod("12", FIRST);

        assertThatThrownBy(() -> freePeriod("24", NOW.minusSeconds(60)).follow(latest, NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("effectiveFrom");
                    assertThat(e.messageKey()).isEqualTo("policy.error.past");
                });
        // The form picks minutes: the current minute still counts as now.
        assertThatCode(() -> freePeriod("24", NOW.minusSeconds(30)).follow(latest, NOW)).doesNotThrowAnyException();
        assertThatCode(() -> freePeriod("24", NOW.plusSeconds(86_400)).follow(null, NOW)).doesNotThrowAnyException();
    }

    @Test
    void malformedValueNeverEntersTheBook() {
        assertThatThrownBy(() -> freePeriod("twelve", FIRST))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("policy.error.number"));
        assertThatThrownBy(() -> new PolicyValue("warranty.card-required-from", null, null, "2007-13-01", PolicyValue.Unit.DATE,
                FIRST, null, "admin"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("policy.error.date"));
    }

    @Test
    void blankBrandAndLineMeanEveryBrandAndLine() {
        PolicyValue value = new PolicyValue("installation.acceptance-days", " ", "", "3", PolicyValue.Unit.DAYS, FIRST, "", "admin");

        assertThat(value.getBrand()).isNull();
        assertThat(value.getProductLine()).isNull();
        assertThat(value.specificity()).isZero();
    }

    @Test
    void keyIsDottedLowerCase() {
        assertThatThrownBy(() -> new PolicyValue("Warranty Free", null, null, "12", PolicyValue.Unit.MONTHS, FIRST, null, "admin"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("key"));
    }
}
