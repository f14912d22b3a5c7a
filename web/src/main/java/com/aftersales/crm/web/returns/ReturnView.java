package com.aftersales.crm.web.returns;

import com.aftersales.crm.returns.boundary.ReturnDetail;
import com.aftersales.crm.returns.entity.ReturnHistoryEntry;
import com.aftersales.crm.returns.boundary.ReturnRequests;
import com.aftersales.crm.returns.entity.Fault;
import com.aftersales.crm.web.shell.AfterRefusal;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.RecordPage;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * One return request: the form, why the rules admitted it, the chain (regional opinion → company approval → arrival
 * inspection) with who decided what and why, the history; the supervisors take the next step here, the dealer may
 * withdraw a request nobody decided on yet.
 */
@Named
@ViewScoped
@Refusals(form = "decisionForm", labels = "returns.field.", concurrent = "returns.error.concurrent", steps = "returns")
public class ReturnView extends RecordPage implements AfterRefusal {

    /** One step of the chain as the progress bar shows it. */
    public record Step(String key, String state, String by, java.time.Instant at, String reason) implements Serializable {
    }

    @Inject
    ReturnRequests returns;

    @Getter private ReturnDetail detail;
    @Getter private List<ReturnHistoryEntry> history;
    @Getter @Setter private String reason;
    @Getter @Setter private Fault fault;
    @Getter @Setter private Integer receivedQuantity;

    public void load() {
        requiredId("return request");
        detail = returns.detail(id);
        history = returns.history(id);
        if (fault == null && detail.awaitingCompany()) {
            fault = Fault.valueOf(detail.suggestedFault());
        }
        if (receivedQuantity == null && detail.awaitingGoods()) {
            receivedQuantity = detail.returnQuantity();
        }
    }

    @Override
    public void reload() {
        load();
    }

    public void regional(boolean approve) {
        act(() -> returns.regionalDecision(id, approve, reason), approve ? "REGIONAL_APPROVED" : "REGIONAL_REJECTED");
    }

    public void company(boolean approve) {
        act(() -> returns.companyDecision(id, approve, approve ? fault : null, reason),
                approve ? "COMPANY_APPROVED" : "COMPANY_REJECTED");
    }

    public void arrival(boolean matches) {
        act(() -> returns.inspectArrival(id, matches, receivedQuantity, reason), matches ? "GOODS_ACCEPTED" : "GOODS_REFUSED");
    }

    public void withdraw() {
        act(() -> returns.withdraw(id, reason), "WITHDRAWN");
    }

    private void act(Runnable step, String action) {
        step.run();
        Messages.info("returns.done", Messages.text("returns.action." + action));
        reason = null;
        fault = null;
        receivedQuantity = null;
        load();
    }

    /** The three steps of the chain, each done (approved / rejected), current, or still ahead. */
    public List<Step> getSteps() {
        String status = detail.status();
        return List.of(
                new Step("regional", state(detail.regionalApproved(), "AWAITING_REGIONAL".equals(status)),
                        detail.regionalBy(), detail.regionalAt(), detail.regionalReason()),
                new Step("company", state(detail.companyApproved(), "AWAITING_COMPANY".equals(status)),
                        detail.companyBy(), detail.companyAt(), detail.companyReason()),
                new Step("arrival", state(detail.goodsMatched(), "AWAITING_GOODS".equals(status)),
                        detail.inspectedBy(), detail.inspectedAt(), detail.inspectionReason()));
    }

    private static String state(Boolean decision, boolean current) {
        if (decision != null) {
            return decision ? "APPROVED" : "REJECTED";
        }
        return current ? "CURRENT" : "PENDING";
    }

    public String severity() {
        return ReturnListView.statusSeverity(detail.status());
    }
}
