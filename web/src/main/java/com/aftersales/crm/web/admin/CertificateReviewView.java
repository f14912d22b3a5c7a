package com.aftersales.crm.web.admin;

import com.aftersales.crm.provider.boundary.CertificateReviews;
import com.aftersales.crm.provider.entity.ReviewRow;
import com.aftersales.crm.provider.entity.TechnicianRow;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** 上岗证年审 from the technicians list: the two scores for a year, the result, and the technician's past reviews. */
@Named
@ViewScoped
public class CertificateReviewView implements Serializable {

    @Inject
    CertificateReviews reviews;

    private TechnicianRow technician;
    private Integer year;
    private BigDecimal workScore;
    private BigDecimal examScore;
    private List<ReviewRow> history = List.of();

    public void start(TechnicianRow row) {
        technician = row;
        year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        workScore = null;
        examScore = null;
        history = reviews.history(row.id());
    }

    @Refusals(form = "reviewForm", labels = "technician.review.field.")
    public void review() {
        ReviewRow result = reviews.review(technician.id(), year == null ? 0 : year, workScore, examScore);
        Messages.info(result.passed() ? (result.feeWaived() ? "technician.review.savedWaived" : "technician.review.savedPassed")
                : "technician.review.savedFailed", result.total(), result.validUntilAfter());
        history = reviews.history(technician.id());
    }

    public TechnicianRow getTechnician() {
        return technician;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public BigDecimal getWorkScore() {
        return workScore;
    }

    public void setWorkScore(BigDecimal workScore) {
        this.workScore = workScore;
    }

    public BigDecimal getExamScore() {
        return examScore;
    }

    public void setExamScore(BigDecimal examScore) {
        this.examScore = examScore;
    }

    public List<ReviewRow> getHistory() {
        return history;
    }
}
