package com.aftersales.crm.followup.boundary;

import com.aftersales.crm.timeline.boundary.Timeline;
import com.aftersales.crm.dispatch.boundary.VisitCompleted;
import com.aftersales.crm.followup.control.FollowUpRepository;
import com.aftersales.crm.followup.control.FollowUpSources;
import com.aftersales.crm.followup.control.FollowUpWindow;
import com.aftersales.crm.followup.control.RetrySchedule;
import com.aftersales.crm.followup.entity.FollowUpCall;
import com.aftersales.crm.followup.entity.FollowUpKind;
import com.aftersales.crm.installation.boundary.InstallationRecorded;
import com.aftersales.crm.calendar.boundary.WorkingCalendar;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.servicecase.boundary.CaseAwaitingAcceptance;
import com.aftersales.crm.servicecase.boundary.CaseBackInService;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static com.aftersales.crm.shared.SqlValues.instant;

/**
 * The follow-ups the system owes customers (100%回访), created in the transaction of the event that requires them,
 * with the window policy in force then: an installation recorded (7 days from its acceptance, or its installation day
 * when no acceptance is recorded), a repair or maintenance visit completed (24 h), a complaint's handling checked
 * (24 h; it closes only on a satisfied answer). Each event makes one call at most, whoever sends it again (an import run
 * twice): the follow-up's source key is unique.
 */
@Stateless
public class FollowUpTriggers {

    @Inject
    FollowUpSources sources;

    @Inject
    FollowUpRepository followUps;

    @Inject
    PolicyLookup policies;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Timeline timeline;

    @Inject
    Clock clock;

    public void installationRecorded(@Observes InstallationRecorded event) {
        FollowUpSources.Installation installation = sources.installation(event.installationId());
        Instant from = installation.from().atStartOfDay(RetrySchedule.BUSINESS_ZONE).toInstant();
        create(FollowUpKind.INSTALLATION, "I:" + event.installationId(), new FollowUpCall.Subject(installation.customerId(),
                event.installationId(), null, null, installation.providerId(), installation.dealerId(), null), from,
                installation.brand(), installation.productLine());
    }

    /**
     * The same rule as {@link #installationRecorded} for many archives at once (a spreadsheet's chunk), in one statement
     * ({@link FollowUpSources#installationsLoaded}). An archive that already has its call gets none.
     */
    public int installationsLoaded(long[] installationIds) {
        if (installationIds.length == 0) {
            return 0;
        }
        List<FollowUpSources.Created> created = sources.installationsLoaded(installationIds, clock.instant());
        if (!created.isEmpty()) {
            timeline.appendAll("FOLLOW_UP_DUE", "FOLLOW_UP",
                    created.stream().map(c -> new long[]{c.customerId(), c.followUpId()}).toList());
        }
        return created.size();
    }

    public void visitCompleted(@Observes VisitCompleted event) {
        FollowUpSources.Visit visit = sources.visit(event.orderId());
        if (!"REPAIR".equals(visit.caseType()) && !"MAINTENANCE".equals(visit.caseType())) {
            return;
        }
        create(FollowUpKind.VISIT, "O:" + event.orderId(), new FollowUpCall.Subject(visit.customerId(),
                visit.installationId(), event.caseId(), event.orderId(), visit.providerId(), visit.dealerId(), null),
                visit.doneAt(), visit.brand(), visit.productLine());
    }

    public void caseAwaitingAcceptance(@Observes CaseAwaitingAcceptance event) {
        FollowUpSources.CheckedCase checked = sources.checkedCase(event.caseId());
        if (!"COMPLAINT".equals(checked.caseType())) {
            return;
        }
        create(FollowUpKind.COMPLAINT, "C:" + event.caseId() + ":" + (checked.complaintCalls() + 1),
                new FollowUpCall.Subject(checked.customerId(), checked.installationId(), event.caseId(),
                        checked.lastOrderId(), checked.providerId(), checked.dealerId(), null),
                clock.instant(), checked.brand(), checked.productLine());
    }

    /**
     * A complaint back in service (the customer refused the result, or it was reopened): the follow-up that was to ask
     * about the previous handling is no longer owed; the next check creates a new one.
     */
    public void caseBackInService(@Observes CaseBackInService event) {
        followUps.cancelComplaintCalls(event.caseId(), clock.instant()).forEach(c -> timeline.append(c.customerId(),
                "FOLLOW_UP_CANCELLED", "#" + c.followUpId(), "FOLLOW_UP", c.followUpId()));
    }

    private void create(FollowUpKind kind, String sourceKey, FollowUpCall.Subject subject, Instant from, String brand,
                        String line) {
        if (followUps.exists(sourceKey)) {
            return;
        }
        Instant now = clock.instant();
        PolicyVersion window = policies.inForce(kind.windowPolicy(), brand, line, now);
        FollowUpCall call = new FollowUpCall(kind, sourceKey, subject, from,
                FollowUpWindow.due(from, window.value(), window.unit(), calendar::addWorkingDays), window.id(), now);
        long id = followUps.addNow(call);
        timeline.append(subject.customerId(), "FOLLOW_UP_DUE", "#" + id, "FOLLOW_UP", id);
    }
}
