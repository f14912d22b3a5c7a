package com.aftersales.crm.servicecase.entity;

import com.aftersales.crm.shared.SlaBadge;
import com.aftersales.crm.servicecase.entity.CaseAction;
import com.aftersales.crm.servicecase.entity.CaseStatus;
import com.aftersales.crm.servicecase.entity.ServiceCase;
import com.aftersales.crm.shared.Severity;
import com.aftersales.crm.shared.CaseType;

import java.io.Serializable;
import java.time.Instant;

/**
 * A case as its page shows it: the call, the customer, the clocks with the policy versions that set them, the
 * responsibility judgement and where it stands.
 */
public record CaseDetail(long id, long customerId, String customerName, String customerAddress, boolean suburban,
                         Long installationId, Long dealerId, String dealer, Long providerId, String provider,
                         String channel, String type, String severity, String status, String callerPhone,
                         String customerWords, String answer, Instant openedAt, String openedBy,
                         Instant firstReplyDue, Long firstReplyPolicyId, Instant firstRepliedAt,
                         Instant onSiteDue, Long onSitePolicyId, Instant onSiteAt, Instant escalatedAt,
                         String responsibility, String costBearer, String responsibilityNote, String judgedBy,
                         Instant judgedAt, Instant customerAcceptedAt, Instant closedAt, int reopenCount,
                         String lastAction, Instant lastActionAt, String brand, String productLine, long version,
                         SlaBadge sla) implements Serializable {

    public boolean closed() {
        return "CLOSED".equals(status);
    }

    public boolean major() {
        return Severity.MAJOR.name().equals(severity);
    }

    /** A consultation still open: answered on the phone, it closes. */
    public boolean canAnswerOnPhone() {
        return allows(CaseAction.ANSWERED);
    }

    public boolean canDispatch() {
        return allows(CaseAction.DISPATCHED);
    }

    /** The returned order waits for the agent's check. */
    public boolean canCheck() {
        return allows(CaseAction.CHECKED);
    }

    /** 责任界定: once the order is returned and before the case closes. */
    public boolean canJudge() {
        return allows(CaseAction.JUDGED);
    }

    /** The customer's acceptance (or dissatisfaction) is what the case waits for. */
    public boolean awaitingAcceptance() {
        return allows(CaseAction.CUSTOMER_ACCEPTED);
    }

    public boolean canReopen() {
        return allows(CaseAction.REOPENED);
    }

    private boolean allows(CaseAction action) {
        return ServiceCase.allows(CaseStatus.valueOf(status), CaseType.valueOf(type), action);
    }
}
