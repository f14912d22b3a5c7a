package com.aftersales.crm.servicecase.entity;

import com.aftersales.crm.shared.Severity;
import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceCaseTest {

    private static final Instant OPENED = Instant.parse("2026-11-23T02:00:00Z");

    private static ServiceCase open(CaseType type, Severity severity) {
        Deadlines deadlines = new Deadlines(OPENED.plus(Duration.ofHours(24)), 1, OPENED.plus(Duration.ofHours(72)), 2);
        return new ServiceCase(7, null, 1L, 1L, Channel.HOTLINE, type, severity, "13912345678", "地板起拱", true,
                null, null, deadlines, OPENED, "agent");
    }

    private static Instant later(int hours) {
        return OPENED.plus(Duration.ofHours(hours));
    }

    @Test
    void aConsultationAnsweredOnThePhoneClosesAtOnceAndRunsNoClock() {
        ServiceCase consultation = open(CaseType.CONSULTATION, Severity.NORMAL);
        assertThat(consultation.getFirstReplyDue()).isNull();
        assertThat(consultation.answerOnPhone("用微湿拖把清洁", later(0))).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void onlyAConsultationIsAnsweredOnThePhoneAndItIsNeverDispatched() {
        assertThatThrownBy(() -> open(CaseType.COMPLAINT, Severity.NORMAL).answerOnPhone("好的", later(0)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> open(CaseType.CONSULTATION, Severity.NORMAL).dispatched(1, later(0)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("case.error.consultationNotDispatched"));
    }

    @Test
    void aMajorCaseIsEscalatedWhenItOpens() {
        assertThat(open(CaseType.COMPLAINT, Severity.MAJOR).getEscalatedAt()).isEqualTo(OPENED);
        assertThat(open(CaseType.COMPLAINT, Severity.NORMAL).getEscalatedAt()).isNull();
    }

    @Test
    void aComplaintClosesOnlyAfterJudgementAndTheCustomersAcceptance() {
        ServiceCase complaint = open(CaseType.COMPLAINT, Severity.NORMAL);
        complaint.dispatched(3, later(1));
        complaint.replied(CaseAction.ORDER_SCHEDULED, later(2));
        complaint.onSite(later(5));
        complaint.orderReturned(later(6));
        assertThatThrownBy(() -> complaint.customerAccepted(later(7))).isInstanceOf(IllegalTransition.class);
        complaint.checked(true, later(7));
        assertThatThrownBy(() -> complaint.customerAccepted(later(8)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("responsibility"));
        complaint.judge(Responsibility.PRODUCT_QUALITY, null, "表板开裂", "supervisor", later(8));
        assertThatThrownBy(() -> complaint.customerAccepted(later(9)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("followUp"));
        assertThat(complaint.followUpAnswered(true, later(9))).isEqualTo(CaseStatus.CLOSED);
        assertThat(complaint.getLastAction()).isEqualTo(CaseAction.FOLLOW_UP_SATISFIED);
        assertThat(complaint.getCostBearer()).isEqualTo(CostBearer.MAKER);
        assertThat(complaint.getProviderId()).isEqualTo(3L);
        assertThat(complaint.getFirstRepliedAt()).isEqualTo(later(2));
        assertThat(complaint.getOnSiteAt()).isEqualTo(later(5));
    }

    @Test
    void aComplaintCannotCloseBeforeASatisfiedFollowUp() {
        ServiceCase complaint = open(CaseType.COMPLAINT, Severity.NORMAL);
        complaint.dispatched(3, later(1));
        complaint.onSite(later(5));
        complaint.orderReturned(later(6));
        complaint.checked(true, later(7));
        assertThat(complaint.followUpAnswered(true, later(8))).as("satisfied, but not judged yet")
                .isEqualTo(CaseStatus.AWAITING_ACCEPTANCE);
        assertThat(complaint.followUpAnswered(false, later(9))).as("a later unsatisfied answer counts")
                .isEqualTo(CaseStatus.AWAITING_ACCEPTANCE);
        complaint.judge(Responsibility.SERVICE_QUALITY, null, null, "supervisor", later(10));
        assertThatThrownBy(() -> complaint.customerAccepted(later(11)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("case.error.satisfiedFollowUpFirst"));
        assertThat(complaint.followUpAnswered(true, later(12))).isEqualTo(CaseStatus.CLOSED);
        assertThat(complaint.getCustomerAcceptedAt()).isEqualTo(later(12));
    }

    @Test
    void satisfactionAboutAnEarlierHandlingDoesNotCloseAComplaint() {
        ServiceCase complaint = open(CaseType.COMPLAINT, Severity.NORMAL);
        complaint.dispatched(3, later(1));
        complaint.followUpAnswered(true, later(2));
        complaint.onSite(later(5));
        complaint.orderReturned(later(6));
        complaint.checked(true, later(7));
        complaint.judge(Responsibility.PRODUCT_QUALITY, null, null, "supervisor", later(8));
        assertThatThrownBy(() -> complaint.customerAccepted(later(9)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("followUp"));
    }

    @Test
    void aSatisfiedFollowUpBeforeTheJudgementLetsTheAgentCloseTheComplaintOnceJudged() {
        ServiceCase complaint = open(CaseType.COMPLAINT, Severity.NORMAL);
        complaint.dispatched(3, later(1));
        complaint.onSite(later(5));
        complaint.orderReturned(later(6));
        complaint.checked(true, later(7));
        complaint.followUpAnswered(true, later(8));
        complaint.judge(Responsibility.PRODUCT_QUALITY, null, null, "supervisor", later(9));
        assertThat(complaint.customerAccepted(later(10))).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aRepairClosesOnAcceptanceWithoutJudgement() {
        ServiceCase repair = open(CaseType.REPAIR, Severity.NORMAL);
        repair.dispatched(3, later(1));
        repair.onSite(later(5));
        repair.orderReturned(later(6));
        repair.checked(true, later(7));
        assertThat(repair.customerAccepted(later(8))).isEqualTo(CaseStatus.CLOSED);
        assertThat(repair.getFirstRepliedAt()).as("arriving is replying").isEqualTo(later(5));
    }

    @Test
    void anUnsatisfiedCustomerOrARefusedOrderSendsTheCaseBackToDispatch() {
        ServiceCase complaint = open(CaseType.COMPLAINT, Severity.NORMAL);
        complaint.dispatched(3, later(1));
        complaint.orderReturned(later(6));
        assertThat(complaint.checked(false, later(7))).isEqualTo(CaseStatus.OPEN);
        complaint.dispatched(4, later(8));
        complaint.orderReturned(later(9));
        complaint.checked(true, later(10));
        assertThat(complaint.customerNotSatisfied(later(11))).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void aClosedCaseCanBeReopenedAndNothingElse() {
        ServiceCase consultation = open(CaseType.CONSULTATION, Severity.NORMAL);
        consultation.answerOnPhone("已解答", later(0));
        assertThatThrownBy(() -> consultation.answerOnPhone("再答", later(1))).isInstanceOf(IllegalTransition.class);
        assertThat(consultation.reopen(null, later(2))).isEqualTo(CaseStatus.OPEN);
        assertThat(consultation.getReopenCount()).isOne();
        assertThat(consultation.getClosedAt()).isNull();
        assertThatThrownBy(() -> consultation.reopen(null, later(3)))
                .isInstanceOfSatisfying(IllegalTransition.class, e -> {
                    assertThat(e.from()).isEqualTo("OPEN");
                    assertThat(e.action()).isEqualTo("REOPENED");
                });
    }

    @Test
    void aReopenedCaseRunsNewClocks() {
        ServiceCase repair = open(CaseType.REPAIR, Severity.NORMAL);
        repair.dispatched(3, later(1));
        repair.onSite(later(5));
        repair.orderReturned(later(6));
        repair.checked(true, later(7));
        repair.customerAccepted(later(8));
        repair.reopen(new Deadlines(later(100 + 24), 11, later(100 + 72), 12), later(100));
        assertThat(repair.getFirstReplyDue()).isEqualTo(later(124));
        assertThat(repair.getOnSiteDue()).isEqualTo(later(172));
        assertThat(repair.getFirstRepliedAt()).isNull();
        assertThat(repair.getOnSiteAt()).isNull();
        assertThat(repair.getOnSitePolicyId()).isEqualTo(12L);
    }

    @Test
    void responsibilityIsJudgedOnlyOnceTheServiceIsDone() {
        ServiceCase complaint = open(CaseType.COMPLAINT, Severity.NORMAL);
        assertThatThrownBy(() -> complaint.judge(Responsibility.CUSTOMER_USE, null, null, "supervisor", later(1)))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void theCustomersWordsAreRequired() {
        assertThatThrownBy(() -> new ServiceCase(7, null, null, null, Channel.HOTLINE, CaseType.COMPLAINT, Severity.NORMAL,
                null, " ", false, null, null, new Deadlines(later(24), 1, later(24), 2), OPENED, "agent"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("customerWords"));
    }

    /** A case of this type taken through the steps up to {@code status}. */
    private static ServiceCase caseIn(CaseType type, CaseStatus status) {
        ServiceCase serviceCase = open(type, Severity.NORMAL);
        if (type == CaseType.CONSULTATION) {
            if (status == CaseStatus.CLOSED) {
                serviceCase.answerOnPhone("用微湿拖把清洁", later(0));
            }
            return serviceCase;
        }
        if (status == CaseStatus.OPEN) {
            return serviceCase;
        }
        serviceCase.dispatched(3, later(1));
        if (status == CaseStatus.DISPATCHED) {
            return serviceCase;
        }
        serviceCase.orderReturned(later(6));
        if (status == CaseStatus.RETURNED) {
            return serviceCase;
        }
        serviceCase.checked(true, later(7));
        if (status == CaseStatus.AWAITING_ACCEPTANCE) {
            return serviceCase;
        }
        serviceCase.customerAccepted(later(8));
        return serviceCase;
    }

    /** Whether the case takes the step; a step its type never takes counts as refused, as its state's would. */
    private static boolean takes(ServiceCase serviceCase, CaseAction action) {
        Deadlines deadlines = new Deadlines(later(30), 1, later(80), 2);
        try {
            switch (action) {
                case ANSWERED -> serviceCase.answerOnPhone("好的", later(9));
                case DISPATCHED -> serviceCase.dispatched(3, later(9));
                case CHECKED -> serviceCase.checked(true, later(9));
                case JUDGED -> serviceCase.judge(Responsibility.PRODUCT_QUALITY, null, null, "supervisor", later(9));
                case CUSTOMER_ACCEPTED -> serviceCase.customerAccepted(later(9));
                case CUSTOMER_NOT_SATISFIED -> serviceCase.customerNotSatisfied(later(9));
                case REOPENED -> serviceCase.reopen(deadlines, later(9));
                default -> throw new AssertionError(action);
            }
            return true;
        } catch (IllegalTransition refused) {
            return false;
        } catch (InvalidInput refused) {
            if ("type".equals(refused.field())) {
                return false;
            }
            throw refused;
        }
    }

    @Test
    void theStepsThePagesOfferAreTheStepsTheCaseTakes() {
        CaseAction[] offered = {CaseAction.ANSWERED, CaseAction.DISPATCHED, CaseAction.CHECKED, CaseAction.JUDGED,
                CaseAction.CUSTOMER_ACCEPTED, CaseAction.CUSTOMER_NOT_SATISFIED, CaseAction.REOPENED};
        for (CaseType type : new CaseType[]{CaseType.MAINTENANCE, CaseType.CONSULTATION}) {
            for (CaseStatus status : CaseStatus.values()) {
                if (type == CaseType.CONSULTATION && status != CaseStatus.OPEN && status != CaseStatus.CLOSED) {
                    continue;
                }
                for (CaseAction action : offered) {
                    assertThat(ServiceCase.allows(status, type, action)).as(type + " " + status + " " + action)
                            .isEqualTo(takes(caseIn(type, status), action));
                }
            }
        }
    }
}
