package com.aftersales.crm.servicecase.entity;

import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.Severity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The deadline arithmetic of SLA pauses: pause, resume, reject, several pauses, and who may stop the clock. */
class ClockPauseTest {

    private static final Instant OPENED = Instant.parse("2026-11-23T02:00:00Z");
    private static final PauseReason NOT_HOME = new PauseReason("CUSTOMER_NOT_HOME", "客户不在家", "Customer not at home",
            DelayParty.CUSTOMER, false, true);
    private static final PauseReason PARTS = new PauseReason("MAKER_PARTS", "等待厂家配件", "Waiting for parts",
            DelayParty.MAKER, true, true);
    private static final PauseReason OWN = new PauseReason("PROVIDER_RESCHEDULED", "服务商改期", "Provider rescheduled",
            DelayParty.PROVIDER, false, true);

    private static Instant later(double hours) {
        return OPENED.plusSeconds(Math.round(hours * 3600));
    }

    private static ServiceCase open() {
        return new ServiceCase(7, null, 1L, 1L, Channel.HOTLINE, CaseType.REPAIR, Severity.NORMAL, "13912345678",
                "地板起拱", false, null, null, new Deadlines(later(24), 1, later(24), 2), OPENED, "agent");
    }

    private static ClockPause pause(ServiceCase sc, PauseReason reason, double atHours) {
        return new ClockPause(1, CaseClock.ON_SITE, sc.getReopenCount(), reason, "约好的时间客户不在家", "REC-001",
                sc.runningDue(CaseClock.ON_SITE), later(atHours), "agent");
    }

    @Test
    void resumingMovesTheDeadlineByTheTimeTheClockStoodPaused() {
        ServiceCase sc = open();
        ClockPause pause = pause(sc, NOT_HOME, 10);

        sc.moveDeadline(CaseClock.ON_SITE, pause.resume(later(16), "agent"));

        assertThat(sc.getOnSiteDue()).isEqualTo(later(30));
        assertThat(sc.getFirstReplyDue()).isEqualTo(later(24));
        assertThat(pause.state()).isEqualTo(ClockPause.Event.RESUMED);
    }

    @Test
    void severalPausesAddUp() {
        ServiceCase sc = open();
        ClockPause first = pause(sc, NOT_HOME, 2);
        sc.moveDeadline(CaseClock.ON_SITE, first.resume(later(5), "agent"));
        ClockPause second = pause(sc, PARTS, 20);
        sc.moveDeadline(CaseClock.ON_SITE, second.resume(later(30), "agent"));

        assertThat(sc.getOnSiteDue()).isEqualTo(later(24 + 3 + 10));
    }

    @Test
    void rejectingAResumedPauseTakesItsShiftBackAsIfItHadNeverPaused() {
        ServiceCase sc = open();
        ClockPause pause = pause(sc, NOT_HOME, 10);
        sc.moveDeadline(CaseClock.ON_SITE, pause.resume(later(16), "agent"));

        sc.moveDeadline(CaseClock.ON_SITE, pause.reject("客户当时在家，录音可证", later(20), "supervisor").negated());

        assertThat(sc.getOnSiteDue()).isEqualTo(later(24));
        assertThat(pause.state()).isEqualTo(ClockPause.Event.REJECTED);
        assertThat(pause.getShift()).isZero();
        assertThatThrownBy(() -> pause.reject("again", later(21), "supervisor")).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void rejectingAnOpenPauseClosesItAndMovesNothing() {
        ServiceCase sc = open();
        ClockPause pause = pause(sc, NOT_HOME, 10);

        Duration back = pause.reject("不合理", later(12), "supervisor");

        assertThat(back).isZero();
        assertThat(pause.isOpen()).isFalse();
        assertThatThrownBy(() -> pause.resume(later(13), "agent")).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void aPauseForTheProvidersOwnReasonNeverMovesTheDeadline() {
        ServiceCase sc = open();
        ClockPause pause = pause(sc, OWN, 10);

        assertThat(pause.resume(later(16), "provider")).isZero();
    }

    @Test
    void aClockPastItsDeadlineCannotBePaused() {
        ServiceCase sc = open();
        assertThatThrownBy(() -> pause(sc, NOT_HOME, 24))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("pause.error.pastDue"));
    }

    @Test
    void aStoppedClockHasNoRunningDeadline() {
        ServiceCase sc = open();
        sc.dispatched(1, later(1));
        sc.onSite(later(3));
        assertThat(sc.runningDue(CaseClock.ON_SITE)).isNull();
        assertThat(sc.runningDue(CaseClock.FIRST_REPLY)).isNull();
    }

    @Test
    void aReasonThatAsksForEvidenceIsRefusedWithoutIt() {
        ServiceCase sc = open();
        assertThatThrownBy(() -> new ClockPause(1, CaseClock.ON_SITE, 0, PARTS, "等配件", " ", later(30), later(1), "agent"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("recordingId"));
        assertThat(new ClockPause(1, CaseClock.ON_SITE, 0, NOT_HOME, "不在家", null, later(30), later(1), "agent")
                .getRecordingId()).isNull();
    }

    @Test
    void aNoteAndAnActiveReasonAreRequired() {
        assertThatThrownBy(() -> new ClockPause(1, CaseClock.ON_SITE, 0, NOT_HOME, " ", null, later(30), later(1), "agent"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("note"));
        PauseReason retired = new PauseReason("OLD", "旧原因", "Old", DelayParty.CUSTOMER, false, false);
        assertThatThrownBy(() -> new ClockPause(1, CaseClock.ON_SITE, 0, retired, "x", null, later(30), later(1), "agent"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void aPhotoIsEvidenceEnoughWithoutARecordingId() {
        PausePhoto photo = new PausePhoto("0b9f2c1e-6d8a-4c1b-9e3f-2a7d5c4b1e90.jpeg", "门口照片.jpg",
                com.aftersales.crm.shared.FileType.JPEG, 2048, "a".repeat(64));

        ClockPause pause = new ClockPause(1, CaseClock.ON_SITE, 0, PARTS, "配件未到", null, photo, later(30), later(1), "agent");

        assertThat(pause.getRecordingId()).isNull();
        assertThat(pause.getPhoto()).isEqualTo(photo);
        assertThatThrownBy(() -> new ClockPause(1, CaseClock.ON_SITE, 0, PARTS, "配件未到", " ", null, later(30), later(1),
                "agent")).isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("recordingId");
                    assertThat(e.messageKey()).isEqualTo("pause.error.evidenceRequired");
                });
    }

    @Test
    void aPdfIsNoPhoto() {
        PausePhoto pdf = new PausePhoto("0b9f2c1e-6d8a-4c1b-9e3f-2a7d5c4b1e90.pdf", "说明.pdf",
                com.aftersales.crm.shared.FileType.PDF, 2048, "a".repeat(64));

        assertThatThrownBy(() -> new ClockPause(1, CaseClock.ON_SITE, 0, PARTS, "配件未到", "REC-9", pdf, later(30),
                later(1), "agent")).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("photo"));
    }
}
