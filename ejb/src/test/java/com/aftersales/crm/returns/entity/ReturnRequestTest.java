package com.aftersales.crm.returns.entity;

import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReturnRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final Eligibility POLICIES = new Eligibility(new BigDecimal("3"), 21, 12, 22);

    private static ReturnForm form(PreSaleGround ground, DefectKind defect, int batch, int defective) {
        return new ReturnForm(ReturnKind.PRE_SALE, ground, Remedy.RETURN, null, null, null, 3L, "PH20261101-07",
                TODAY.minusMonths(1), batch, defective, defective, defect, StockKind.REGULAR, "开箱验货板面开裂");
    }

    private static ReturnRequest filed() {
        return ReturnRequest.file(1, form(PreSaleGround.INSPECTION_FAILED, DefectKind.CRACKED_SURFACE, 200, 12), null,
                POLICIES, TODAY, NOW, "dealer");
    }

    @Test
    void aReturnableRequestIsFiledWithThePolicyVersionsThatAdmittedIt() {
        ReturnRequest request = filed();

        assertThat(request.getStatus()).isEqualTo(ReturnStatus.AWAITING_REGIONAL);
        assertThat(request.getDefectRate()).isEqualByComparingTo("6");
        assertThat(request.isThresholdApplied()).isTrue();
        assertThat(request.getThresholdPolicyId()).isEqualTo(21);
        assertThat(request.getMaxAgePolicyId()).isEqualTo(22);
        assertThat(request.getLastAction()).isEqualTo(ReturnAction.FILED);
    }

    @Test
    void aRequestTheRulesDoNotAllowIsRefusedAtFilingNamingTheRules() {
        assertThatThrownBy(() -> ReturnRequest.file(1, form(PreSaleGround.INSPECTION_FAILED, DefectKind.WARPED, 100, 3),
                null, POLICIES, TODAY, NOW, "dealer"))
                .isInstanceOfSatisfying(ReturnRefused.class, e -> assertThat(e.refusals()).extracting(Refusal::rule)
                        .containsExactly(Refusal.Rule.WITHIN_BATCH_TOLERANCE));
    }

    @Test
    void theFormMustBeCompleteAndConsistent() {
        assertThatThrownBy(() -> ReturnRequest.file(1, form(null, DefectKind.WARPED, 100, 10), null, POLICIES, TODAY, NOW, "dealer"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("preSaleGround"));
        assertThatThrownBy(() -> ReturnRequest.file(1, form(PreSaleGround.INSPECTION_FAILED, DefectKind.WARPED, 10, 11),
                null, POLICIES, TODAY, NOW, "dealer"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("returns.error.moreThanBatch"));
        assertThatThrownBy(() -> ReturnRequest.file(1, form(PreSaleGround.INSPECTION_FAILED, null, 100, 10), null,
                POLICIES, TODAY, NOW, "dealer"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("defectKind"));
        ReturnForm installedWithoutArchive = new ReturnForm(ReturnKind.AFTER_SALE, null, Remedy.EXCHANGE, 7L, null, null,
                3L, "PH1", TODAY.minusMonths(3), 60, 5, 5, DefectKind.WARPED, StockKind.REGULAR, "起拱变形");
        assertThatThrownBy(() -> ReturnRequest.file(1, installedWithoutArchive, null, POLICIES, TODAY, NOW, "dealer"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("installationId"));
        ReturnForm shippedTomorrow = new ReturnForm(ReturnKind.PRE_SALE, PreSaleGround.RECALL, Remedy.RETURN, null, null,
                null, 3L, "PH1", TODAY.plusDays(1), 60, 0, 60, null, StockKind.REGULAR, "公司通知反调");
        assertThatThrownBy(() -> ReturnRequest.file(1, shippedTomorrow, null, POLICIES, TODAY, NOW, "dealer"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("returns.error.future"));
    }

    @Test
    void theChainRunsRegionalOpinionThenCompanyApprovalThenTheArrivalInspection() {
        ReturnRequest request = filed();

        assertThat(request.regionalDecision(true, "照片清晰，确属板面开裂", "supervisor", NOW)).isEqualTo(ReturnStatus.AWAITING_COMPANY);
        assertThat(request.companyDecision(true, Fault.PRODUCT_QUALITY, "同意退货", "supervisor2", NOW))
                .isEqualTo(ReturnStatus.AWAITING_GOODS);
        assertThat(request.inspectArrival(true, 12, "与申请表相符", "supervisor", NOW)).isEqualTo(ReturnStatus.RECEIVED);
        assertThat(request.getRegionalBy()).isEqualTo("supervisor");
        assertThat(request.getCompanyBy()).isEqualTo("supervisor2");
        assertThat(request.getInspectedBy()).isEqualTo("supervisor");
        assertThat(request.getLastAction()).isEqualTo(ReturnAction.GOODS_ACCEPTED);
    }

    @Test
    void theCompanyApprovalIsAnotherPersonsThanTheRegionalOpinion() {
        ReturnRequest request = filed();
        request.regionalDecision(true, "同意", "supervisor", NOW);

        assertThatThrownBy(() -> request.companyDecision(true, Fault.PRODUCT_QUALITY, "同意", "supervisor", NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("returns.error.sameApprover"));
        assertThatThrownBy(() -> request.companyDecision(false, null, "不同意", "supervisor", NOW))
                .as("rejecting too").isInstanceOf(InvalidInput.class);
        assertThat(request.getStatus()).isEqualTo(ReturnStatus.AWAITING_COMPANY);
    }

    @Test
    void everyDecisionNeedsAReason() {
        ReturnRequest request = filed();
        assertThatThrownBy(() -> request.regionalDecision(false, " ", "supervisor", NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("reason"));
        request.regionalDecision(true, "同意", "supervisor", NOW);
        assertThatThrownBy(() -> request.companyDecision(true, Fault.PRODUCT_QUALITY, null, "supervisor2", NOW))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> request.companyDecision(true, null, "同意", "supervisor2", NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("fault"));
        request.companyDecision(true, Fault.PRODUCT_QUALITY, "同意", "supervisor2", NOW);
        assertThatThrownBy(() -> request.inspectArrival(false, 12, "", "supervisor", NOW)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aStepOutOfTurnIsRefused() {
        ReturnRequest request = filed();
        assertThatThrownBy(() -> request.companyDecision(true, Fault.PRODUCT_QUALITY, "同意", "supervisor2", NOW))
                .isInstanceOfSatisfying(IllegalTransition.class, e -> {
                    assertThat(e.from()).isEqualTo("AWAITING_REGIONAL");
                    assertThat(e.action()).isEqualTo("COMPANY_APPROVED");
                });
        assertThatThrownBy(() -> request.inspectArrival(true, 12, "到货", "supervisor", NOW)).isInstanceOf(IllegalTransition.class);
        request.regionalDecision(true, "同意", "supervisor", NOW);
        assertThatThrownBy(() -> request.regionalDecision(true, "再次", "supervisor", NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> request.withdraw("不退了", NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void aRejectionEndsTheRequestAtThatStep() {
        ReturnRequest atRegional = filed();
        assertThat(atRegional.regionalDecision(false, "不良率统计有误", "supervisor", NOW)).isEqualTo(ReturnStatus.REJECTED);
        assertThatThrownBy(() -> atRegional.companyDecision(true, Fault.PRODUCT_QUALITY, "同意", "supervisor2", NOW))
                .isInstanceOf(IllegalTransition.class);

        ReturnRequest atCompany = filed();
        atCompany.regionalDecision(true, "同意", "supervisor", NOW);
        assertThat(atCompany.companyDecision(false, null, "属经销商保管不当", "supervisor2", NOW)).isEqualTo(ReturnStatus.REJECTED);
        assertThat(atCompany.getFreightBearer()).isNull();
    }

    @Test
    void goodsThatDoNotMatchTheFormAreRefusedOnArrival() {
        ReturnRequest request = filed();
        request.regionalDecision(true, "同意", "supervisor", NOW);
        request.companyDecision(true, Fault.PRODUCT_QUALITY, "同意", "supervisor2", NOW);

        assertThatThrownBy(() -> request.inspectArrival(true, 10, "到货", "supervisor", NOW))
                .as("fewer than the form says cannot be recorded as matching")
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("returns.error.quantityMismatch"));
        assertThat(request.inspectArrival(false, 10, "到货10片且其中4片无开裂，与申请表不符", "supervisor", NOW))
                .isEqualTo(ReturnStatus.REFUSED_ON_ARRIVAL);
        assertThat(request.getGoodsMatched()).isFalse();
        assertThat(request.getReceivedQuantity()).isEqualTo(10);
    }

    @Test
    void freightIsTheMakersWhenTheMakerIsAtFaultOtherwiseTheDealers() {
        assertThat(Fault.PRODUCT_QUALITY.freightBearer()).isEqualTo(FreightBearer.MAKER);
        assertThat(Fault.WRONG_GOODS.freightBearer()).isEqualTo(FreightBearer.MAKER);
        assertThat(Fault.RECALL.freightBearer()).isEqualTo(FreightBearer.MAKER);
        assertThat(Fault.DEALER.freightBearer()).isEqualTo(FreightBearer.DEALER);

        ReturnRequest request = filed();
        request.regionalDecision(true, "同意", "supervisor", NOW);
        request.companyDecision(true, Fault.DEALER, "经销商仓储受潮导致开裂", "supervisor2", NOW);
        assertThat(request.getFreightBearer()).isEqualTo(FreightBearer.DEALER);
        assertThat(request.getFault()).isEqualTo(Fault.DEALER);
    }

    @Test
    void theSuggestedFaultFollowsWhatTheDealerReported() {
        assertThat(filed().suggestedFault()).isEqualTo(Fault.PRODUCT_QUALITY);
        assertThat(ReturnRequest.file(1, form(PreSaleGround.WRONG_GOODS, DefectKind.MIXED_OR_WRONG_GOODS, 100, 1), null,
                POLICIES, TODAY, NOW, "dealer").suggestedFault()).isEqualTo(Fault.WRONG_GOODS);
        assertThat(ReturnRequest.file(1, new ReturnForm(ReturnKind.PRE_SALE, PreSaleGround.RECALL, Remedy.RETURN, null,
                null, null, 3L, "PH1", TODAY, 60, 0, 60, null, StockKind.REGULAR, "公司通知反调"), null, POLICIES, TODAY,
                NOW, "dealer").suggestedFault()).isEqualTo(Fault.RECALL);
    }

    @Test
    void onlyARequestNobodyDecidedOnCanBeWithdrawn() {
        ReturnRequest request = filed();
        assertThat(request.withdraw("已与工厂协商换货", NOW)).isEqualTo(ReturnStatus.WITHDRAWN);
        assertThatThrownBy(() -> request.regionalDecision(true, "同意", "supervisor", NOW)).isInstanceOf(IllegalTransition.class);
        assertThat(List.of(ReturnStatus.values())).filteredOn(ReturnStatus::open)
                .containsExactly(ReturnStatus.AWAITING_REGIONAL, ReturnStatus.AWAITING_COMPANY, ReturnStatus.AWAITING_GOODS);
    }
}
