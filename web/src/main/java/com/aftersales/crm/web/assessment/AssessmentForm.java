package com.aftersales.crm.web.assessment;

import com.aftersales.crm.assessment.entity.ManualItemKind;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;

/**
 * What a supervisor types on the assessment page for the provider picked: a manual item (考核加减分), a fraud (骗补)
 * and a media exposure (媒体曝光). The three are recorded separately, so each is cleared on its own once recorded.
 */
public class AssessmentForm implements Serializable {

    @Getter @Setter private ManualItemKind kind = ManualItemKind.MANAGER_EVALUATION;
    @Getter @Setter private BigDecimal points;
    @Getter @Setter private String note;
    @Getter @Setter private BigDecimal fraudAmount;
    @Getter @Setter private String fraudNote;
    @Getter @Setter private Long caseId;
    @Getter @Setter private LocalDate exposedOn;
    @Getter @Setter private String outlet;

    /** After a manual item is entered: the next one is likely of the same kind. */
    void manualItemEntered() {
        points = null;
        note = null;
    }

    void fraudRecorded() {
        fraudAmount = null;
        fraudNote = null;
    }

    /** After an exposure is recorded: the next one is likely reported on the same day. */
    void exposureRecorded() {
        caseId = null;
        outlet = null;
    }
}
