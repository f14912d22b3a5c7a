package com.aftersales.crm.it.service;

import com.aftersales.crm.installation.boundary.InstallationDraft;
import com.aftersales.crm.installation.boundary.Installations;
import com.aftersales.crm.shared.InstallationMethod;
import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.returns.boundary.ReturnDetail;
import com.aftersales.crm.returns.entity.ReturnFilter;
import com.aftersales.crm.returns.entity.ReturnHistoryEntry;
import com.aftersales.crm.returns.boundary.ReturnRequestDraft;
import com.aftersales.crm.returns.boundary.ReturnRequests;
import com.aftersales.crm.returns.entity.ReturnRow;
import com.aftersales.crm.returns.entity.DefectKind;
import com.aftersales.crm.returns.entity.Fault;
import com.aftersales.crm.returns.entity.PreSaleGround;
import com.aftersales.crm.returns.entity.Refusal;
import com.aftersales.crm.returns.entity.ReturnKind;
import com.aftersales.crm.returns.entity.ReturnRefused;
import com.aftersales.crm.returns.entity.ReturnStatus;
import com.aftersales.crm.returns.entity.StockKind;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Return and exchange requests: the rules at filing, the two-supervisor chain, arrival, access. */
@ExtendWith(ArquillianExtension.class)
class ReturnRequestsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ReturnRequestsIT.class.getPackage());
    }

    @Inject
    ReturnRequests returns;

    @Inject
    Installations installations;

    @Inject
    Sql sql;

    private long number(String query, Object... parameters) {
        return ((Number) sql.value(query, parameters)).longValue();
    }

    private long dealerId(String code) {
        return number("select id from dealer where code = ?", code);
    }

    private static UserPrincipal dealer(long dealerId) {
        return new UserPrincipal(-2, "test-dealer-" + dealerId, "经销商", Set.of(Role.DEALER), dealerId, null, "zh_CN");
    }

    private static UserPrincipal supervisor(String username) {
        return new UserPrincipal(-5, username, username, Set.of(Role.SUPERVISOR), null, null, "zh_CN");
    }

    private ReturnRequestDraft preSale(int batch, int defective, LocalDate shippedOn) {
        ReturnRequestDraft draft = new ReturnRequestDraft();
        draft.setKind(ReturnKind.PRE_SALE);
        draft.setGround(PreSaleGround.INSPECTION_FAILED);
        draft.setProductId(number("select id from product where code = 'BZB-XZMD-910'"));
        draft.setBatchNo("FH-IT-" + ThreadLocalRandom.current().nextInt(100000));
        draft.setShippedOn(shippedOn);
        draft.setBatchQuantity(batch);
        draft.setDefectiveQuantity(defective);
        draft.setReturnQuantity(defective);
        draft.setDefectKind(DefectKind.CRACKED_SURFACE);
        draft.setStockKind(StockKind.REGULAR);
        draft.setReason("进仓前抽样检验板面开裂");
        return draft;
    }

    private long file(long dealerId, ReturnRequestDraft draft) throws Exception {
        return RunAs.user(dealer(dealerId), () -> returns.file(draft));
    }

    private ReturnDetail detail(long id) throws Exception {
        return RunAs.role(Role.SUPERVISOR, () -> returns.detail(id));
    }

    private void regional(String who, long id, boolean approve, String reason) throws Exception {
        RunAs.user(supervisor(who), () -> {
            returns.regionalDecision(id, approve, reason);
            return null;
        });
    }

    private void company(String who, long id, boolean approve, Fault fault, String reason) throws Exception {
        RunAs.user(supervisor(who), () -> {
            returns.companyDecision(id, approve, fault, reason);
            return null;
        });
    }

    private void arrival(long id, boolean matches, int received, String reason) throws Exception {
        RunAs.user(supervisor("supervisor"), () -> {
            returns.inspectArrival(id, matches, received, reason);
            return null;
        });
    }

    @Test
    void threePercentIsTheReturnThreshold() throws Exception {
        long bj = dealerId("D-BJ-001");
        long before = sql.count("select count(*) from return_request");

        assertThatThrownBy(() -> file(bj, preSale(100, 3, LocalDate.now().minusMonths(1))))
                .isInstanceOfSatisfying(ReturnRefused.class, e -> {
                    assertThat(e.refusals()).extracting(Refusal::rule).containsExactly(Refusal.Rule.WITHIN_BATCH_TOLERANCE);
                    assertThat(e.refusals().get(0).arguments()).containsExactly("3.00", "3");
                });
        assertThat(sql.count("select count(*) from return_request")).as("a refused request is not stored").isEqualTo(before);

        long id = file(bj, preSale(100, 4, LocalDate.now().minusMonths(1)));
        ReturnDetail filed = detail(id);
        assertThat(filed.status()).isEqualTo("AWAITING_REGIONAL");
        assertThat(filed.defectRate()).isEqualByComparingTo("4");
        assertThat(filed.thresholdApplied()).isTrue();
        assertThat(sql.value("select policy_key from policy_value where id = ?", filed.thresholdPolicyId()))
                .isEqualTo("return.batch-defect-threshold");
        assertThat(sql.value("select policy_key from policy_value where id = ?", filed.maxAgePolicyId()))
                .isEqualTo("return.max-shipment-age");
    }

    @Test
    void aShipmentOlderThanAYearIsRefusedAndSamplesNever() throws Exception {
        long bj = dealerId("D-BJ-001");
        ReturnRequestDraft sample = preSale(100, 50, LocalDate.now().minusYears(1).minusDays(3));
        sample.setStockKind(StockKind.SAMPLE);

        assertThatThrownBy(() -> file(bj, sample)).isInstanceOfSatisfying(ReturnRefused.class, e ->
                assertThat(e.refusals()).extracting(Refusal::rule)
                        .containsExactly(Refusal.Rule.SAMPLE_OR_LEFTOVER, Refusal.Rule.SHIPMENT_TOO_OLD));
    }

    @Test
    void wrongGoodsAreReturnableWhateverTheRateAndTheMakerPaysTheFreight() throws Exception {
        ReturnRequestDraft wrong = preSale(200, 1, LocalDate.now().minusDays(10));
        wrong.setGround(PreSaleGround.WRONG_GOODS);
        wrong.setDefectKind(DefectKind.MIXED_OR_WRONG_GOODS);
        long id = file(dealerId("D-SH-001"), wrong);

        assertThat(detail(id).thresholdExemption()).isEqualTo("WRONG_GOODS");
        assertThat(detail(id).suggestedFault()).isEqualTo("WRONG_GOODS");
        regional("supervisor", id, true, "混装一片，核对属实");
        company("supervisor2", id, true, Fault.WRONG_GOODS, "发错货，生活家承担往返运费");
        assertThat(detail(id).freightBearer()).isEqualTo("MAKER");
    }

    @Test
    void anAfterSaleReturnIsJudgedWithTheInstallationsWarranty() throws Exception {
        long bj = dealerId("D-BJ-001");
        long customerId = number("select id from customer where dealer_id = ? and merged_into_id is null order by id limit 1", bj);
        long provider = number("select id from service_provider where code = 'P-BJ-001'");
        long technician = number("select id from technician where provider_id = ? and certificate_level = 'SENIOR'", provider);
        long withoutCard = RunAs.role(Role.AGENT, () -> installations.record(customerId, installation(bj, provider, technician, null)));
        long withCard = RunAs.role(Role.AGENT, () -> installations.record(customerId,
                installation(bj, provider, technician, "BXKIT" + ThreadLocalRandom.current().nextInt(1_000_000))));

        assertThatThrownBy(() -> file(bj, afterSale(customerId, withoutCard)))
                .isInstanceOfSatisfying(ReturnRefused.class, e -> {
                    assertThat(e.refusals()).extracting(Refusal::rule).containsExactly(Refusal.Rule.WARRANTY_EXCLUSION);
                    assertThat(e.refusals().get(0).arguments()).containsExactly("NO_WARRANTY_CARD");
                });
        long id = file(bj, afterSale(customerId, withCard));
        ReturnDetail detail = detail(id);
        assertThat(detail.warrantyStatus()).isEqualTo("FREE");
        assertThat(detail.thresholdExemption()).isEqualTo("AFTER_SALE");
        assertThat(detail.customerId()).isEqualTo(customerId);
        assertThat(sql.rows("select kind from customer_event where ref_type = 'RETURN_REQUEST' and ref_id = ?", id))
                .extracting(r -> r[0]).containsExactly("RETURN_FILED");

        long otherDealersInstallation = number("""
                select i.id from installation_archive i join customer c on c.id = i.customer_id
                where c.dealer_id = ? order by i.id limit 1""", dealerId("D-SH-001"));
        assertThatThrownBy(() -> file(bj, afterSale(customerId, otherDealersInstallation)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("installationId"));
    }

    private InstallationDraft installation(long dealerId, long providerId, long technicianId, String card) {
        InstallationDraft draft = new InstallationDraft();
        draft.setDealerId(dealerId);
        draft.setProviderId(providerId);
        draft.setTechnicianIds(Set.of(technicianId));
        draft.setMethod(InstallationMethod.JOIST);
        draft.setInstalledOn(LocalDate.now().minusMonths(3));
        draft.setAcceptedOn(LocalDate.now().minusMonths(3).plusDays(3));
        draft.setWarrantyCardNo(card);
        InstallationDraft.Line line = new InstallationDraft.Line();
        line.setProductId(number("select id from product where code = 'BLK-HJMT-910'"));
        line.setQuantityM2(new BigDecimal("40"));
        line.setUnitPrice(new BigDecimal("358"));
        draft.setLines(List.of(line));
        return draft;
    }

    private ReturnRequestDraft afterSale(long customerId, long installationId) {
        ReturnRequestDraft draft = preSale(320, 12, LocalDate.now().minusMonths(4));
        draft.setKind(ReturnKind.AFTER_SALE);
        draft.setGround(null);
        draft.setCustomerId(customerId);
        draft.setInstallationId(installationId);
        draft.setDefectKind(DefectKind.WARPED);
        draft.setReason("铺装后扭曲变形，现场无法修复");
        return draft;
    }

    @Test
    void theCompanyStepNeedsASecondSupervisorAndEveryStepIsInTheHistory() throws Exception {
        long id = file(dealerId("D-BJ-001"), preSale(250, 15, LocalDate.now().minusDays(20)));

        regional("supervisor", id, true, "照片清晰，确属板面开裂");
        assertThatThrownBy(() -> company("supervisor", id, true, Fault.PRODUCT_QUALITY, "同意"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("returns.error.sameApprover"));
        assertThat(detail(id).status()).isEqualTo("AWAITING_COMPANY");
        company("supervisor2", id, true, Fault.PRODUCT_QUALITY, "书面核准退货");
        arrival(id, true, 15, "到货15片，与申请表一致");

        ReturnDetail done = detail(id);
        assertThat(done.status()).isEqualTo(ReturnStatus.RECEIVED.name());
        assertThat(done.regionalBy()).isEqualTo("supervisor");
        assertThat(done.companyBy()).isEqualTo("supervisor2");
        assertThat(done.freightBearer()).isEqualTo("MAKER");
        List<ReturnHistoryEntry> history = RunAs.user(dealer(dealerId("D-BJ-001")), () -> returns.history(id));
        assertThat(history).extracting(ReturnHistoryEntry::action)
                .containsExactly("FILED", "REGIONAL_APPROVED", "COMPANY_APPROVED", "GOODS_ACCEPTED");
        assertThat(history).extracting(ReturnHistoryEntry::actor)
                .containsExactly("test-dealer-" + dealerId("D-BJ-001"), "supervisor", "supervisor2", "supervisor");
        assertThat(history.get(2).note()).contains("书面核准退货").doesNotContain("PRODUCT_QUALITY").doesNotContain("MAKER");
        assertThat(done.fault()).isEqualTo("PRODUCT_QUALITY");
    }

    @Test
    void goodsThatDoNotMatchTheFormAreRefusedOnArrival() throws Exception {
        long id = file(dealerId("D-BJ-001"), preSale(250, 15, LocalDate.now().minusDays(20)));
        regional("supervisor", id, true, "同意");
        company("supervisor2", id, true, Fault.PRODUCT_QUALITY, "同意");

        assertThatThrownBy(() -> arrival(id, true, 9, "到货"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("returns.error.quantityMismatch"));
        arrival(id, false, 9, "到货9片，其中4片无开裂，与申请表不符");

        ReturnDetail refused = detail(id);
        assertThat(refused.status()).isEqualTo("REFUSED_ON_ARRIVAL");
        assertThat(refused.goodsMatched()).isFalse();
        assertThat(refused.inspectionReason()).isEqualTo("到货9片，其中4片无开裂，与申请表不符");
    }

    @Test
    void aStepOutOfTurnIsRefusedWithTheStateAndTheStep() throws Exception {
        long id = file(dealerId("D-BJ-001"), preSale(250, 15, LocalDate.now().minusDays(20)));

        assertThatThrownBy(() -> company("supervisor2", id, true, Fault.PRODUCT_QUALITY, "同意"))
                .isInstanceOfSatisfying(IllegalTransition.class, e -> {
                    assertThat(e.from()).isEqualTo("AWAITING_REGIONAL");
                    assertThat(e.action()).isEqualTo("COMPANY_APPROVED");
                });
        regional("supervisor", id, false, "抽样数量不足，请重新抽检");
        assertThat(detail(id).status()).isEqualTo("REJECTED");
        assertThatThrownBy(() -> arrival(id, true, 15, "到货")).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> RunAs.user(dealer(dealerId("D-BJ-001")), () -> {
            returns.regionalDecision(id, true, "自己批");
            return null;
        })).isInstanceOf(AccessDenied.class);
    }

    @Test
    void dealerCannotReadAnotherDealersReturnRequest() throws Exception {
        long bj = dealerId("D-BJ-001");
        long sh = dealerId("D-SH-001");
        long id = file(bj, preSale(250, 15, LocalDate.now().minusDays(20)));

        assertThatThrownBy(() -> RunAs.user(dealer(sh), () -> returns.detail(id))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.user(dealer(sh), () -> returns.history(id))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.user(dealer(sh), () -> {
            returns.withdraw(id, "替别人撤回");
            return null;
        })).isInstanceOf(NotFound.class);
        assertThat(RunAs.user(dealer(sh), () -> returns.list(new ReturnFilter(), 0, 200, null, false)))
                .extracting(ReturnRow::id).doesNotContain(id);
        assertThat(RunAs.user(dealer(bj), () -> returns.list(new ReturnFilter(), 0, 200, null, false)))
                .extracting(ReturnRow::id).contains(id);
        assertThat(detail(id).status()).isEqualTo("AWAITING_REGIONAL");

        ReturnRequestDraft onOthersCustomer = preSale(250, 15, LocalDate.now().minusDays(20));
        onOthersCustomer.setCustomerId(number("select id from customer where dealer_id = ? order by id limit 1", bj));
        assertThatThrownBy(() -> file(sh, onOthersCustomer)).isInstanceOf(NotFound.class);
        long bjComplaint = number("select id from quality_complaint where dealer_id = ? order by id limit 1", bj);
        ReturnRequestDraft onOthersComplaint = preSale(250, 15, LocalDate.now().minusDays(20));
        onOthersComplaint.setComplaintId(bjComplaint);
        assertThatThrownBy(() -> file(sh, onOthersComplaint))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("complaintId"));
    }

    @Test
    void theDealerWithdrawsARequestNobodyDecidedOnYet() throws Exception {
        long bj = dealerId("D-BJ-001");
        long id = file(bj, preSale(250, 15, LocalDate.now().minusDays(20)));

        RunAs.user(dealer(bj), () -> {
            returns.withdraw(id, "已与工厂协商换货");
            return null;
        });

        assertThat(detail(id).status()).isEqualTo("WITHDRAWN");
        ReturnFilter open = new ReturnFilter();
        open.setOpenOnly(true);
        assertThat(RunAs.role(Role.SUPERVISOR, () -> returns.list(open, 0, 200, null, false)))
                .extracting(ReturnRow::id).doesNotContain(id);
    }

    @Test
    void theDemoHasASecondSupervisor() {
        assertThat(sql.rows("""
                select r.role from app_user u join app_user_role r on r.user_id = u.id
                where u.username = 'supervisor2' and u.enabled""")).extracting(r -> r[0]).containsExactly("SUPERVISOR");
    }
}
