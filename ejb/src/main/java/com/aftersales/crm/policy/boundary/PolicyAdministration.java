package com.aftersales.crm.policy.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.policy.control.PolicyBook;
import com.aftersales.crm.policy.entity.PolicyRow;
import com.aftersales.crm.policy.entity.PolicyValue;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The administrator's policy book (政策参数): every version ever in force, and a new version added on top. A version is
 * never edited or deleted, so every deadline computed with it stays explainable.
 */
@Stateless
@Secured(Duty.ADMINISTRATION)
public class PolicyAdministration {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    PolicyBook book;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public long count(String filter) {
        return book.count(filter);
    }

    /** Versions of the same key stay together, newest first, unless another column is chosen. */
    public List<PolicyRow> list(String filter, int first, int max, String sortField, boolean ascending) {
        return book.list(filter, first, max, sortField, ascending);
    }

    /** The keys in the book, for the form's pick list. */
    public List<String> keys() {
        return book.keys();
    }

    /** The newest version of a key for every brand and line, to start a new version from (null if none). */
    public PolicyDraft startFrom(String key) {
        List<PolicyValue> latest = book.latest(key, null, null, null, 1);
        PolicyDraft draft = new PolicyDraft();
        draft.setKey(key);
        if (!latest.isEmpty()) {
            draft.setValue(latest.get(0).getValue());
            draft.setUnit(latest.get(0).getUnit());
        }
        return draft;
    }

    /** Adds a version, in force from the draft's moment (now if none): not in the past, after the newest of its scope. */
    public long addVersion(@NotNull @Valid PolicyDraft draft) {
        Instant now = clock.instant();
        Instant effectiveFrom = draft.getEffectiveFrom() == null ? now : draft.getEffectiveFrom().atZone(CHINA).toInstant();
        PolicyValue version = new PolicyValue(draft.getKey().trim(), draft.getBrand(), draft.getProductLine(),
                draft.getCaseType(), draft.getValue(), draft.getUnit(), effectiveFrom, draft.getNote(),
                caller.require().username());
        List<PolicyValue> latest = book.latest(version.getKey(), version.getBrand(), version.getProductLine(),
                version.getCaseType(), 1);
        version.follow(latest.isEmpty() ? null : latest.get(0), now);
        return book.add(version);
    }
}
