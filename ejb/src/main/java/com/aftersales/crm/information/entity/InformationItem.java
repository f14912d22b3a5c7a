package com.aftersales.crm.information.entity;

import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * 市场信息反馈: one item of information between a network point (a dealer or a provider) and the customer service
 * department, with the answer it is owed by the deadline in force when it was filed (manual: within 3 days; "有问必答",
 * every item closes its loop). An answer after the deadline is recorded late once.
 */
@Entity
public class InformationItem {

    /** Whom an item is between and what it is about. */
    public record Filing(Direction direction, Long dealerId, Long providerId, InformationCategory category, Urgency urgency,
                         String subject, String content, String proposal, Long customerId, Long productId) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Direction direction;

    @Column(updatable = false)
    private Long dealerId;

    @Column(updatable = false)
    private Long providerId;

    @Column(updatable = false)
    private InformationCategory category;

    @Column(updatable = false)
    private Urgency urgency;

    @Column(updatable = false)
    private String subject;

    @Column(updatable = false)
    private String content;

    @Column(updatable = false)
    private String proposal;

    @Column(updatable = false)
    private Long customerId;

    @Column(updatable = false)
    private Long productId;

    @Column(updatable = false)
    private Instant filedAt;

    @Column(updatable = false)
    private String filedBy;

    @Column(updatable = false)
    private Instant answerDue;

    @Column(updatable = false)
    private long answerPolicyId;

    private Instant answeredAt;

    private String answeredBy;

    private String answer;

    private Instant overdueRecordedAt;

    @Version
    private long version;

    protected InformationItem() {
    }

    public InformationItem(Filing filing, Instant filedAt, String filedBy, Instant answerDue, long answerPolicyId) {
        if (filing.direction() == null) {
            throw new InvalidInput("direction", "validation.required");
        }
        if ((filing.dealerId() == null) == (filing.providerId() == null)) {
            throw new InvalidInput("networkPoint", "information.error.oneNetworkPoint");
        }
        if (filing.category() == null) {
            throw new InvalidInput("category", "validation.required");
        }
        if (filing.urgency() == null) {
            throw new InvalidInput("urgency", "validation.required");
        }
        this.direction = filing.direction();
        this.dealerId = filing.dealerId();
        this.providerId = filing.providerId();
        this.category = filing.category();
        this.urgency = filing.urgency();
        this.subject = required(filing.subject(), "subject", 100);
        this.content = required(filing.content(), "content", 2000);
        this.proposal = filing.proposal() == null || filing.proposal().isBlank() ? null : trimmed(filing.proposal(), "proposal", 1000);
        this.customerId = filing.customerId();
        this.productId = filing.productId();
        this.filedAt = Objects.requireNonNull(filedAt);
        this.filedBy = Objects.requireNonNull(filedBy);
        this.answerDue = Objects.requireNonNull(answerDue);
        this.answerPolicyId = answerPolicyId;
    }

    /** The answer (处理结果/回复), once. @return whether it came after the deadline */
    public boolean answer(String text, String by, Instant now) {
        if (answeredAt != null) {
            throw new IllegalTransition("information", InformationStatus.ANSWERED, InformationAction.ANSWER);
        }
        this.answer = required(text, "answer", 2000);
        this.answeredBy = by;
        this.answeredAt = now;
        boolean late = now.isAfter(answerDue);
        if (late && overdueRecordedAt == null) {
            overdueRecordedAt = now;
        }
        return late;
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        return trimmed(value, field, max);
    }

    private static String trimmed(String value, String field, int max) {
        String text = value.trim();
        if (text.length() > max) {
            throw new InvalidInput(field, "information.error.tooLong");
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public Direction getDirection() {
        return direction;
    }

    public Long getDealerId() {
        return dealerId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getAnswerDue() {
        return answerDue;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getOverdueRecordedAt() {
        return overdueRecordedAt;
    }
}
