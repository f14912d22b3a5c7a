package com.aftersales.crm.web.chargeback;

import com.aftersales.crm.chargeback.boundary.Chargebacks;
import com.aftersales.crm.chargeback.boundary.ShareDraft;
import com.aftersales.crm.chargeback.entity.CostKind;
import com.aftersales.crm.chargeback.entity.CostRow;
import com.aftersales.crm.chargeback.entity.LineFilter;
import com.aftersales.crm.chargeback.entity.LineRow;
import com.aftersales.crm.chargeback.entity.Party;
import com.aftersales.crm.chargeback.entity.ShareRow;
import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.servicecase.entity.Responsibility;
import com.aftersales.crm.web.security.CurrentUser;
import com.aftersales.crm.web.servicecase.CaseView;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * The case page's 责任分摊与费用 card: the case's costs (a supervisor enters them until the judgement is split), the
 * shares of the judgement with their evidence, the rows a supervisor splits it by (they must add up to exactly 100),
 * and the chargeback lines the split proposed.
 */
@Named
@ViewScoped
public class CaseChargebackView implements Serializable {

    @Inject
    Chargebacks chargebacks;

    @Inject
    CurrentUser currentUser;

    /** The case page's own view, shown again after a split judgement changed the case. */
    @Inject
    CaseView caseView;

    @Getter @Setter private Long id;
    @Getter private List<CostRow> costs = List.of();
    @Getter private List<ShareRow> shares = List.of();
    @Getter private List<LineRow> lines = List.of();
    @Getter private boolean split;
    @Getter @Setter private CostKind kind;
    @Getter @Setter private BigDecimal amount;
    @Getter @Setter private String costNote;
    @Getter @Setter private String note;
    private final List<ShareDraft> rows = new ArrayList<>(List.of(
            new ShareDraft(Responsibility.PRODUCT_QUALITY, Party.MAKER, new BigDecimal("70"), null, null),
            new ShareDraft(Responsibility.INSTALLATION_QUALITY, Party.PROVIDER, new BigDecimal("30"), null, null)));

    public void load() {
        if (id == null) {
            return;
        }
        costs = chargebacks.costs(id);
        shares = chargebacks.shares(id);
        split = !shares.isEmpty() && shares.get(0).id() != null;
        if (split && currentUser.can(Duty.CHARGEBACKS.name())) {
            LineFilter filter = new LineFilter();
            filter.setCaseId(id);
            lines = chargebacks.lines(filter, 0, 50);
        }
    }

    @Refusals(form = "chargebackForm", labels = "chargeback.field.", pageFields = {"shares", "evidence"})
    public void addCost() {
        chargebacks.addCost(id, kind, amount, costNote);
        Messages.info("chargeback.costAdded");
        kind = null;
        amount = null;
        costNote = null;
        load();
    }

    public void addRow() {
        rows.add(new ShareDraft());
    }

    public void removeRow(ShareDraft row) {
        if (rows.size() > 1) {
            rows.remove(row);
        }
    }

    @Refusals(form = "chargebackForm", labels = "chargeback.field.", pageFields = {"shares", "evidence"}, steps = "case")
    public void judge() {
        chargebacks.judge(id, List.copyOf(rows), note);
        Messages.info("chargeback.judged");
        load();
        caseView.reload();
    }

    /** What the rows add up to so far, for the supervisor to see before saving. */
    public BigDecimal getRowsTotal() {
        return rows.stream().map(ShareDraft::getPercent).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal getCostTotal() {
        return costs.stream().map(CostRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<ShareDraft> getRows() {
        return rows;
    }
}
