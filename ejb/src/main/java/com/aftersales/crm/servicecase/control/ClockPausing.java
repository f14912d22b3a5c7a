package com.aftersales.crm.servicecase.control;

import com.aftersales.crm.servicecase.entity.CaseClock;
import com.aftersales.crm.servicecase.entity.ClockPause;
import com.aftersales.crm.servicecase.entity.PauseReason;
import com.aftersales.crm.servicecase.entity.ServiceCase;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;

/**
 * Ends a clock's open pause and moves its deadline by the paused time — for a resume asked for, and for a clock that
 * stops while paused (the technician came although the clock stood paused: the pause ends there, so that the late
 * check compares with the moved deadline).
 */
@Dependent
public class ClockPausing {

    @Inject
    PauseRecords pauses;

    /** Empty when the clock was not paused. */
    public Optional<ClockPause> resume(ServiceCase serviceCase, CaseClock clock, Instant now, String by) {
        Optional<ClockPause> open = pauses.open(serviceCase.getId(), clock, serviceCase.getReopenCount());
        open.ifPresent(pause -> serviceCase.moveDeadline(clock, pause.resume(now, by)));
        return open;
    }

    /** The audit trail's note of a pause's step: which clock, why (the reason's label), and the note given or {@code extra}. */
    public String trailNote(ClockPause pause, String extra) {
        String clock = pause.getClock() == CaseClock.FIRST_REPLY ? "首次回复时限" : "上门时限";
        String reason = pauses.reason(pause.getReasonCode()).map(PauseReason::labelZh).orElse(pause.getReasonCode());
        return clock + " · " + reason + " · " + (extra == null ? pause.getNote() : extra);
    }
}
