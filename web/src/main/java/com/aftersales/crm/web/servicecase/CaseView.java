package com.aftersales.crm.web.servicecase;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.dispatch.boundary.DispatchDraft;
import com.aftersales.crm.dispatch.boundary.DispatchOrders;
import com.aftersales.crm.dispatch.entity.OrderRow;
import com.aftersales.crm.followup.boundary.FollowUps;
import com.aftersales.crm.followup.entity.FollowUpRow;
import com.aftersales.crm.installation.boundary.Installations;
import com.aftersales.crm.installation.entity.Warranty;
import com.aftersales.crm.provider.boundary.Crews;
import com.aftersales.crm.provider.boundary.ServiceProviders;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.servicecase.entity.CaseDetail;
import com.aftersales.crm.servicecase.entity.HistoryEntry;
import com.aftersales.crm.servicecase.boundary.ServiceCases;
import com.aftersales.crm.servicecase.boundary.SlaPauses;
import com.aftersales.crm.servicecase.entity.CaseClock;
import com.aftersales.crm.servicecase.entity.PauseReason;
import com.aftersales.crm.servicecase.entity.PauseRow;
import com.aftersales.crm.servicecase.entity.CostBearer;
import com.aftersales.crm.servicecase.entity.Responsibility;
import com.aftersales.crm.shared.Option;
import com.aftersales.crm.web.security.CurrentUser;
import com.aftersales.crm.web.shell.AfterRefusal;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.RecordPage;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * One case: the call, the clocks (with the policy versions behind them), the orders and the audit trail; the actions
 * its state allows for the caller's role — dispatch, check the returned order, judge responsibility, record the
 * customer's acceptance, reopen. A refused action says why in the user's language; nothing is half-done.
 */
@Named
@ViewScoped
public class CaseView extends RecordPage implements AfterRefusal {

    @Inject
    ServiceCases cases;

    @Inject
    DispatchOrders orders;

    @Inject
    Crews crews;

    @Inject
    FollowUps followUps;

    @Inject
    CurrentUser currentUser;

    @Inject
    Installations installations;

    @Inject
    SlaPauses slaPauses;

    @Getter private CaseDetail detail;
    @Getter private List<HistoryEntry> history;
    @Getter private List<OrderRow> orderRows;
    private List<FollowUpRow> followUpRows;
    @Getter private DispatchDraft dispatch;
    @Getter private List<Option> technicianOptions = List.of();
    @Getter @Setter private Responsibility responsibility;
    @Getter @Setter private CostBearer costBearer;
    @Getter @Setter private String note;
    /** The warranty of the case's installation today (technical support only, free, paid, excluded); null without one. */
    @Getter private Warranty warranty;
    @Getter private List<PauseRow> pauses = List.of();
    private List<PauseReason> pauseReasons;
    @Getter @Setter private String pauseClock;
    @Getter @Setter private String pauseReason;
    @Getter @Setter private String pauseNote;
    @Getter private String photoName;
    private byte[] photoContent;
    @Getter @Setter private String recordingId;
    @Getter @Setter private String rejectionReason;

    public void load() {
        requiredId("case");
        refresh();
    }

    @Override
    public void reload() {
        refresh();
    }

    private void refresh() {
        detail = cases.detail(id);
        history = cases.history(id);
        orderRows = orders.forCase(id);
        followUpRows = followUps.forCase(id);
        warranty = detail.installationId() == null ? null : installations.warrantyOf(detail.installationId());
        pauses = slaPauses.life(id);
    }

    // ---- the clocks' life: pause (停表), resume, a supervisor's rejection ----------------------------------------

    @Refusals(form = "pauseForm", labels = "pause.field.", pageFields = "pause", illegal = "pause.error.over")
    public void pause() {
        slaPauses.pause(id, pauseClock == null ? null : CaseClock.valueOf(pauseClock), pauseReason, pauseNote, recordingId,
                photoContent == null ? null
                        : new SlaPauses.Photo(photoName, new java.io.ByteArrayInputStream(photoContent)));
        Messages.info("pause.saved");
        pauseNote = null;
        recordingId = null;
        photoName = null;
        photoContent = null;
        pauseReason = null;
        refresh();
    }

    /**
     * A photo chosen as the pause's evidence: kept with the page until the pause is asked for (the service checks it is
     * a picture then, and stores it with the pause); the uploader's own limit keeps it within the store's.
     */
    public void uploadPhoto(org.primefaces.event.FileUploadEvent event) {
        photoName = event.getFile().getFileName();
        photoContent = event.getFile().getContent();
    }

    /** The largest photo accepted, in bytes (the uploader's limit) and in megabytes (the page's hint). */
    public long getMaxPhotoBytes() {
        return slaPauses.maxPhotoBytes();
    }

    public long getMaxPhotoMegabytes() {
        return slaPauses.maxPhotoBytes() / (1024 * 1024);
    }

    @Refusals(form = "pauseForm", labels = "pause.field.", pageFields = "pause", illegal = "pause.error.over")
    public void resume(String clock) {
        slaPauses.resume(id, CaseClock.valueOf(clock));
        Messages.info("pause.saved");
        refresh();
    }

    @Refusals(form = "pauseForm", labels = "pause.field.", pageFields = "pause", illegal = "pause.error.over")
    public void rejectPause(long pauseId) {
        slaPauses.reject(id, pauseId, rejectionReason);
        Messages.info("pause.saved");
        rejectionReason = null;
        refresh();
    }

    /** The clocks a pause may be asked for: those still running (the service refuses one past due, and says so). */
    public List<String> getRunningClocks() {
        if (detail == null || detail.closed() || detail.firstReplyDue() == null) {
            return List.of();
        }
        List<String> running = new java.util.ArrayList<>();
        if (detail.firstRepliedAt() == null) {
            running.add(CaseClock.FIRST_REPLY.name());
        }
        if (detail.onSiteAt() == null) {
            running.add(CaseClock.ON_SITE.name());
        }
        return running;
    }

    /** The open pause of a clock in its current cycle, or null while it runs. */
    public PauseRow openPause(String clock) {
        return pauses.stream().filter(p -> p.open() && p.clock().equals(clock) && p.cycle() == detail.reopenCount())
                .findFirst().orElse(null);
    }

    /** Where a clock stands, in words: running, paused since when and why, or stopped. */
    public String clockState(String clock) {
        PauseRow open = openPause(clock);
        if (open != null) {
            return Messages.text("pause.pausedSince", format(open.pausedAt())) + " · " + reasonLabel(open);
        }
        return getRunningClocks().contains(clock) ? Messages.text("pause.running") : Messages.text("pause.stopped");
    }

    public String reasonLabel(PauseRow row) {
        return row.reason(language());
    }

    /** A reason as the select offers it; a * marks one that needs evidence. */
    public String reasonOption(PauseReason reason) {
        return reason.label(language()) + " · " + Messages.text("pause.party." + reason.party().name())
                + (reason.evidenceRequired() ? " *" : "");
    }

    public List<PauseReason> getPauseReasons() {
        if (pauseReasons == null) {
            pauseReasons = slaPauses.reasons();
        }
        return pauseReasons;
    }

    private static String language() {
        var context = jakarta.faces.context.FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? "zh" : context.getViewRoot().getLocale().getLanguage();
    }

    private static String format(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.of("Asia/Shanghai")).format(instant);
    }

    /** Opens the dispatch dialog with the case's provider and the time an hour from now as a start. */
    public void startDispatch() {
        dispatch = new DispatchDraft();
        dispatch.setProviderId(detail.providerId());
        dispatch.setAgreedVisitAt(LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusHours(2).truncatedTo(ChronoUnit.HOURS));
        dispatch.setRepair("REPAIR".equals(detail.type()));
        providerChanged();
    }

    /** A repair case (报修) is dispatched as a repair: the box is ticked and locked (DispatchOrder.repairFor). */
    public boolean isRepairCase() {
        return detail != null && "REPAIR".equals(detail.type());
    }

    public void providerChanged() {
        technicianOptions = dispatch.getProviderId() == null ? List.of() : crews.technicians(dispatch.getProviderId());
        dispatch.setTechnicianIds(List.of());
    }

    @Refusals(form = "dispatchForm", labels = "dispatch.field.", steps = "case")
    public void dispatch() {
        long orderId = orders.dispatch(id, dispatch);
        Messages.info("dispatch.sent", orderId);
        PrimeFaces.current().executeScript("PF('dispatchDialog').hide()");
        refresh();
    }

    @Refusals(form = "actions", labels = "case.field.", field = "note", ownFields = "responsibility", steps = "case")
    public void answer() {
        act(() -> cases.answerOnPhone(id, note), "answer");
    }

    @Refusals(form = "actions", labels = "case.field.", field = "note", ownFields = "responsibility", steps = "case")
    public void checkOrder(long orderId, boolean accepted) {
        act(() -> orders.check(orderId, accepted, note), "note");
    }

    @Refusals(form = "actions", labels = "case.field.", field = "note", ownFields = "responsibility", steps = "case")
    public void cancelOrder(long orderId) {
        act(() -> orders.cancel(orderId, note), "note");
    }

    @Refusals(form = "actions", labels = "case.field.", field = "note", ownFields = "responsibility", steps = "case")
    public void judge() {
        act(() -> cases.judge(id, responsibility, costBearer, note), "responsibility");
    }

    @Refusals(form = "actions", labels = "case.field.", field = "note", ownFields = "responsibility", steps = "case")
    public void customerAccepted() {
        act(() -> cases.customerAccepted(id, note), "note");
    }

    @Refusals(form = "actions", labels = "case.field.", field = "note", ownFields = "responsibility", steps = "case")
    public void customerNotSatisfied() {
        act(() -> cases.customerNotSatisfied(id, note), "note");
    }

    @Refusals(form = "actions", labels = "case.field.", field = "note", ownFields = "responsibility", steps = "case")
    public void reopen() {
        act(() -> cases.reopen(id, note), "note");
    }

    private void act(Runnable action, String field) {
        action.run();
        Messages.info("case.saved");
        note = null;
        refresh();
    }

    /** History states are the order's when the line is about an order. */
    public String statusLabel(HistoryEntry entry, String status) {
        if (status == null) {
            return "";
        }
        return Messages.text((entry.orderId() != null ? "dispatch.status." : "case.status.") + status);
    }

    public List<FollowUpRow> getFollowUps() {
        return followUpRows;
    }

    /** Head office opens a follow-up's call screen from the case; dealers and providers only see the list. */
    public boolean isHeadOffice() {
        return currentUser.getPrincipal().can(Duty.CALL_CENTRE);
    }

    /** The order the check buttons are on: the returned one not yet checked, while the case waits for the check. */
    public Long getOrderToCheck() {
        return detail.canCheck() ? OrderRow.toCheck(orderRows).map(OrderRow::id).orElse(null) : null;
    }
}
