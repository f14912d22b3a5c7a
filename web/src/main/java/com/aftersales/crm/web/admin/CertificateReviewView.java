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
import java.util.List;
import lombok.Getter;

/** 上岗证年审 from the technicians list: the two scores for a year, the result, and the technician's past reviews. */
@Named
@ViewScoped
public class CertificateReviewView implements Serializable {

    @Inject
    CertificateReviews reviews;

    @Getter private TechnicianRow technician;
    @Getter private ReviewForm form;
    @Getter private List<ReviewRow> history = List.of();

    public void start(TechnicianRow row) {
        technician = row;
        form = new ReviewForm();
        history = reviews.history(row.id());
    }

    @Refusals(form = "reviewForm", labels = "technician.review.field.")
    public void review() {
        ReviewRow result = reviews.review(technician.id(), form.getYear() == null ? 0 : form.getYear(),
                form.getWorkScore(), form.getExamScore());
        Messages.info(result.passed() ? (result.feeWaived() ? "technician.review.savedWaived" : "technician.review.savedPassed")
                : "technician.review.savedFailed", result.total(), result.validUntilAfter());
        history = reviews.history(technician.id());
    }
}
