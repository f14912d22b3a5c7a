package com.aftersales.crm.quality.entity;

import com.aftersales.crm.shared.InstallationMethod;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QualityComplaintTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Attachments ENOUGH_FILES = new Attachments(2, 3, 1);

    private static ComplaintForm complete() {
        return new ComplaintForm(null, 3L, new BigDecimal("56.5"), new BigDecimal("298"), "FLOATING",
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 11, 20), "客厅多块地板板面开裂",
                new BigDecimal("6"), "表板含水率偏高，干燥收缩开裂", "更换开裂地板6平方米", "同意更换，属产品质量问题");
    }

    private static ComplaintForm without(String... fields) {
        ComplaintForm f = complete();
        var empty = Arrays.asList(fields);
        return new ComplaintForm(null, empty.contains("productId") ? null : f.productId(),
                empty.contains("quantityM2") ? null : f.quantityM2(), empty.contains("unitPrice") ? null : f.unitPrice(),
                empty.contains("installationMethod") ? null : f.installationMethod(),
                empty.contains("installedOn") ? null : f.installedOn(), empty.contains("movedInOn") ? null : f.movedInOn(),
                empty.contains("problemFoundOn") ? null : f.problemFoundOn(),
                empty.contains("phenomenon") ? "  " : f.phenomenon(), empty.contains("affectedM2") ? null : f.affectedM2(),
                empty.contains("causeAnalysis") ? null : f.causeAnalysis(),
                empty.contains("proposedHandling") ? null : f.proposedHandling(),
                empty.contains("regionalOpinion") ? "" : f.regionalOpinion());
    }

    private static QualityComplaint draft(ComplaintForm form) {
        QualityComplaint complaint = new QualityComplaint(7, 1L, NOW, "dealer");
        complaint.fill(form, TODAY, NOW);
        return complaint;
    }

    private static void submit(QualityComplaint complaint, Attachments files) {
        complaint.submit(files, 5, 11, NOW.plus(Duration.ofHours(24)), 12, NOW, "dealer");
    }

    @Test
    void anIncompleteQualityFormNamesEveryMissingItem() {
        QualityComplaint empty = new QualityComplaint(7, 1L, NOW, "dealer");

        assertThatThrownBy(() -> submit(empty, new Attachments(0, 0, 0)))
                .isInstanceOfSatisfying(IncompleteForm.class, e -> {
                    assertThat(e.missing()).containsExactly("productId", "quantityM2", "unitPrice", "installationMethod",
                            "installedOn", "movedInOn", "problemFoundOn", "phenomenon", "affectedM2", "causeAnalysis",
                            "photos", "photosOverall", "photosCloseUp", "purchaseProof", "proposedHandling",
                            "regionalOpinion");
                    assertThat(e.minPhotos()).isEqualTo(5);
                });
        assertThat(empty.getStatus()).isEqualTo(ComplaintStatus.DRAFT);
    }

    @Test
    void blankTextCountsAsMissingAndOnlyTheMissingItemsAreNamed() {
        QualityComplaint complaint = draft(without("phenomenon", "regionalOpinion", "movedInOn"));

        assertThatThrownBy(() -> submit(complaint, ENOUGH_FILES))
                .isInstanceOfSatisfying(IncompleteForm.class, e ->
                        assertThat(e.missing()).containsExactly("movedInOn", "phenomenon", "regionalOpinion"));
    }

    @Test
    void atLeastFivePhotosWithAnOverallViewAndACloseUpAndThePurchaseProof() {
        assertThat(draft(complete()).missingItems(new Attachments(2, 2, 1), 5)).containsExactly("photos");
        assertThat(draft(complete()).missingItems(new Attachments(5, 0, 1), 5)).containsExactly("photosCloseUp");
        assertThat(draft(complete()).missingItems(new Attachments(0, 5, 1), 5)).containsExactly("photosOverall");
        assertThat(draft(complete()).missingItems(new Attachments(1, 4, 0), 5)).containsExactly("purchaseProof");
        assertThat(draft(complete()).missingItems(new Attachments(1, 4, 1), 5)).isEmpty();
        assertThat(draft(complete()).missingItems(new Attachments(1, 4, 1), 6)).as("the policy's count, not 5")
                .containsExactly("photos");
    }

    @Test
    void aCompleteFormIsSubmittedWithTheDeadlineAndPolicyVersionsItWasGiven() {
        QualityComplaint complaint = draft(complete());

        submit(complaint, ENOUGH_FILES);

        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.SUBMITTED);
        assertThat(complaint.getAnswerDue()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(complaint.getAnswerPolicyId()).isEqualTo(12L);
        assertThat(complaint.getMinPhotos()).isEqualTo(5);
        assertThat(complaint.getMinPhotosPolicyId()).isEqualTo(11L);
        assertThat(complaint.getSubmittedBy()).isEqualTo("dealer");
    }

    @Test
    void onlyADraftIsEditedOrGetsFilesAndOnlyASubmittedFormIsAnswered() {
        QualityComplaint complaint = draft(complete());
        assertThatThrownBy(() -> complaint.answer("更换", "质量问题", NOW, "supervisor")).isInstanceOf(IllegalTransition.class);
        submit(complaint, ENOUGH_FILES);

        assertThatThrownBy(() -> complaint.fill(complete(), TODAY, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> complaint.fileChanged(ComplaintAction.FILE_ADDED, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> submit(complaint, ENOUGH_FILES)).isInstanceOf(IllegalTransition.class);

        complaint.answer("更换开裂地板6平方米，费用由公司承担", "照片显示表板开裂，属产品质量问题", NOW.plusSeconds(3600), "supervisor");
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.ANSWERED);
        assertThat(complaint.badge(NOW.plusSeconds(7200)).state()).isEqualTo(AnswerBadge.State.MET);
        assertThatThrownBy(() -> complaint.answer("再次", "再次", NOW, "supervisor")).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void theAnswerRecordsTheHandlingDecidedAndAReason() {
        QualityComplaint complaint = draft(complete());
        submit(complaint, ENOUGH_FILES);

        assertThatThrownBy(() -> complaint.answer("更换", " ", NOW, "supervisor"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("answerReason"));
        assertThatThrownBy(() -> complaint.answer(null, "质量问题", NOW, "supervisor"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("decidedHandling"));
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.SUBMITTED);
    }

    @Test
    void whatIsFilledInMustMakeSense() {
        ComplaintForm f = complete();
        assertThatThrownBy(() -> draft(new ComplaintForm(null, 3L, f.quantityM2(), f.unitPrice(), "FLOATING",
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1), null, null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("quality.error.movedInBeforeInstalled"));
        assertThatThrownBy(() -> draft(new ComplaintForm(null, 3L, null, null, null, null, null, TODAY.plusDays(1),
                null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("problemFoundOn"));
        assertThatThrownBy(() -> draft(new ComplaintForm(null, 3L, new BigDecimal("10"), null, null, null, null, null,
                null, new BigDecimal("12"), null, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("quality.error.affectedMoreThanBought"));
        assertThatThrownBy(() -> draft(new ComplaintForm(null, 3L, null, null, "NAILED", null, null, null, null, null,
                null, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("installationMethod"));
    }

    @Test
    void theFormKnowsTheInstallationArchivesMethods() {
        assertThat(QualityComplaint.INSTALLATION_METHODS)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(InstallationMethod.values()).map(Enum::name).toList());
    }
}
