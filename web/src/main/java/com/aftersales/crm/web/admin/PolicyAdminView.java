package com.aftersales.crm.web.admin;

import com.aftersales.crm.policy.boundary.PolicyAdministration;
import com.aftersales.crm.policy.boundary.PolicyDraft;
import com.aftersales.crm.policy.entity.PolicyRow;
import com.aftersales.crm.policy.entity.PolicyValue;
import com.aftersales.crm.web.shell.Labels;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.PagedRows;
import com.aftersales.crm.web.shell.Refusals;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/** Policies (政策参数): every version, and a new version on top — a version is never edited or deleted. */
@Named
@ViewScoped
public class PolicyAdminView implements Serializable {

    @Inject
    PolicyAdministration administration;

    @Inject
    Labels labels;

    @Getter private LazyDataModel<PolicyRow> versions;
    @Getter @Setter private String filter;
    @Getter private PolicyDraft draft = new PolicyDraft();
    private List<String> keys;

    @PostConstruct
    void init() {
        versions = new PagedRows<>(() -> administration.count(filter),
                (first, max, sortField, ascending) -> administration.list(filter, first, max, sortField, ascending), PolicyRow::id, "key");
    }

    public void startCreate() {
        draft = new PolicyDraft();
    }

    /** A new version of the row's policy, for the same brand and line, starting from its value. */
    public void startFrom(PolicyRow row) {
        draft = new PolicyDraft();
        draft.setKey(row.key());
        draft.setBrand(row.brand());
        draft.setProductLine(row.productLine());
        draft.setCaseType(row.caseType());
        draft.setValue(row.value());
        draft.setUnit(row.unit());
    }

    /** Picking a known key brings its current unit and value along. */
    public void keyChanged() {
        PolicyDraft latest = administration.startFrom(draft.getKey());
        if (latest.getUnit() != null) {
            draft.setUnit(latest.getUnit());
            draft.setValue(latest.getValue());
        }
    }

    @Refusals(form = "policyForm", labels = "admin.policies.field.")
    public void save() {
        administration.addVersion(draft);
        Messages.info("admin.policies.added", label(draft.getKey()));
        keys = null;
        PrimeFaces.current().executeScript("PF('policyDialog').hide()");
    }

    /** The policy's name in the user's language, or the key itself for one without a label yet. */
    public String label(String key) {
        return labels.policy(key);
    }

    public List<String> getKeys() {
        if (keys == null) {
            keys = administration.keys();
        }
        return keys;
    }

    public List<PolicyValue.Unit> getUnits() {
        return Arrays.asList(PolicyValue.Unit.values());
    }
}
