package com.aftersales.crm.web.chargeback;

import com.aftersales.crm.chargeback.boundary.Chargebacks;
import com.aftersales.crm.chargeback.entity.LineFilter;
import com.aftersales.crm.chargeback.entity.LineRow;
import com.aftersales.crm.chargeback.entity.LineStatus;
import com.aftersales.crm.chargeback.entity.Party;
import com.aftersales.crm.web.shell.AfterRefusal;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.PagedRows;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import lombok.Getter;
import lombok.Setter;

/**
 * The chargeback ledger (责任扣款): the supervisors' (every party, filtered by party, status and month; disputes decided,
 * lines past their window confirmed) and each provider's and dealer's own (my chargebacks, disputed with a reason
 * within the window). The service scopes the rows; the page only asks.
 */
@Named
@ViewScoped
public class ChargebackLedgerView implements Serializable, AfterRefusal {

    @Inject
    Chargebacks chargebacks;

    private final LineFilter filter = new LineFilter();
    @Getter @Setter private String month;
    @Getter private PagedRows<LineRow> rows;
    @Getter private LineRow selected;
    @Getter @Setter private String reason;

    @PostConstruct
    void init() {
        rows = new PagedRows<>(() -> chargebacks.count(filter), (first, max, sort, asc) -> chargebacks.lines(filter, first, max),
                LineRow::id, null, false);
    }

    @Refusals(form = "filters", labels = "chargeback.field.")
    public void search() {
        try {
            filter.setMonth(month == null || month.isBlank() ? null : YearMonth.parse(month.trim()));
        } catch (DateTimeParseException e) {
            throw new com.aftersales.crm.shared.InvalidInput("month", "chargeback.error.month");
        }
    }

    public void select(LineRow row) {
        selected = row;
        reason = null;
    }

    @Refusals(form = "lineForm", labels = "chargeback.field.", concurrent = "chargeback.error.changed")
    public void dispute() {
        chargebacks.dispute(selected.id(), reason, selected.version());
        Messages.info("chargeback.disputed");
        selected = null;
    }

    @Refusals(form = "lineForm", labels = "chargeback.field.", field = "reason", label = "chargeback.field.decisionReason",
            concurrent = "chargeback.error.changed")
    public void decide(boolean uphold) {
        chargebacks.decide(selected.id(), uphold, reason, selected.version());
        Messages.info(uphold ? "chargeback.upheld" : "chargeback.rejected");
        selected = null;
    }

    @Refusals
    public void confirmDue() {
        Messages.info("chargeback.confirmedDue", chargebacks.confirmDue());
    }

    @Override
    public void reload() {
        selected = selected == null ? null : chargebacks.line(selected.id());
    }

    /** The parties that have a ledger: providers and dealers. */
    public java.util.List<Party> getLedgerParties() {
        return java.util.Arrays.stream(Party.values()).filter(Party::chargedBack).toList();
    }

    public Party getParty() {
        return filter.getParty();
    }

    public void setParty(Party party) {
        filter.setParty(party);
    }

    public LineStatus getStatus() {
        return filter.getStatus();
    }

    public void setStatus(LineStatus status) {
        filter.setStatus(status);
    }
}
