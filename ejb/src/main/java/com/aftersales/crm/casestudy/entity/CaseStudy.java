package com.aftersales.crm.casestudy.entity;

import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * 服务案例: a typical case a provider submits for a month — the situation, how it was handled, the lessons learned
 * (manual: every signed provider, at least one a month). A supervisor may judge it worthless, with the reason; it then
 * does not count for the month.
 */
@Entity
public class CaseStudy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long providerId;

    @Column(updatable = false)
    private LocalDate month;

    @Column(updatable = false)
    private String title;

    @Column(updatable = false)
    private String situation;

    @Column(updatable = false)
    private String handling;

    @Column(updatable = false)
    private String lessons;

    @Column(updatable = false)
    private Instant submittedAt;

    @Column(updatable = false)
    private String submittedBy;

    private boolean worthless;

    private String judgedBy;

    private Instant judgedAt;

    private String judgementReason;

    @Version
    private long version;

    protected CaseStudy() {
    }

    public CaseStudy(long providerId, YearMonth month, String title, String situation, String handling, String lessons,
                     Instant submittedAt, String submittedBy) {
        if (month == null) {
            throw new InvalidInput("month", "validation.required");
        }
        this.providerId = providerId;
        this.month = month.atDay(1);
        this.title = required(title, "title", 100);
        this.situation = required(situation, "situation", 2000);
        this.handling = required(handling, "handling", 2000);
        this.lessons = required(lessons, "lessons", 2000);
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
    }

    /** 无价值: the case does not count for its month; judged once, with the reason. */
    public void judgeWorthless(String reason, String by, Instant now) {
        if (worthless) {
            throw new IllegalTransition("caseStudy", CaseStudyStatus.WORTHLESS, CaseStudyAction.JUDGE_WORTHLESS);
        }
        this.judgementReason = required(reason, "reason", 500);
        this.worthless = true;
        this.judgedBy = by;
        this.judgedAt = now;
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        String text = value.trim();
        if (text.length() > max) {
            throw new InvalidInput(field, "caseStudy.error.tooLong");
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public long getProviderId() {
        return providerId;
    }

    public LocalDate getMonth() {
        return month;
    }

    public boolean isWorthless() {
        return worthless;
    }
}
