package com.aftersales.crm.submission.boundary;

import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.submission.control.SubmissionDeadline;
import com.aftersales.crm.submission.control.SubmissionQueries;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The Monday 17:00 rule, when nothing came: every ten minutes, each active provider with a signed agreement that sent
 * nothing for a week whose deadline has passed (the last four weeks) and that it owed — a week not over when the
 * provider was registered in the system, whatever its signing date (SQL {@code archive_week_owed}, V23) — is recorded
 * missing once, and the archives it has
 * for that week (entered by the service department, now or later) get technical support only. A submission that comes later turns
 * the week late and its archives are flagged as they load.
 */
@Singleton
@Lock(LockType.READ)
public class SubmissionDeadlines {

    private static final Logger LOG = Logger.getLogger(SubmissionDeadlines.class.getName());

    @Inject
    SubmissionQueries queries;

    @Inject
    PolicyLookup policies;

    @Inject
    Clock clock;

    @Schedule(minute = "*/10", hour = "*", persistent = true, info = "Archive submission deadlines")
    void check() {
        recordMissing();
    }

    /** Records the weeks missed so far; returns how many provider-weeks it recorded now. */
    public int recordMissing() {
        Instant now = clock.instant();
        int hours = policies.inForce(SubmissionIntake.DEADLINE, null, null, now).asInt();
        LocalDate week = SubmissionDeadline.reportedWeek(now);
        int recorded = 0;
        for (int back = 0; back < 4; back++, week = week.minusWeeks(1)) {
            Instant deadline = SubmissionDeadline.deadline(week, hours);
            if (!now.isAfter(deadline)) {
                continue;
            }
            recorded += queries.recordMissing(week, deadline, now);
        }
        if (recorded > 0) {
            int count = recorded;
            LOG.info(() -> "Archive submissions: " + count + " provider-week(s) recorded missing");
        }
        return recorded;
    }
}
