package com.aftersales.crm.it.service;

import com.aftersales.crm.dealer.boundary.DealerAdministration;
import com.aftersales.crm.dealer.boundary.DealerDraft;
import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.policy.boundary.PolicyAdministration;
import com.aftersales.crm.policy.boundary.PolicyDraft;
import com.aftersales.crm.policy.entity.PolicyValue;
import com.aftersales.crm.product.boundary.ProductAdministration;
import com.aftersales.crm.product.boundary.ProductDraft;
import com.aftersales.crm.provider.boundary.ProviderAdministration;
import com.aftersales.crm.provider.boundary.ProviderDraft;
import com.aftersales.crm.provider.boundary.TechnicianAdministration;
import com.aftersales.crm.provider.boundary.TechnicianDraft;
import com.aftersales.crm.provider.entity.ServiceProvider;
import com.aftersales.crm.provider.entity.Technician;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The administrator's reference data: dealers, providers, technicians, products and policy versions. */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ReferenceDataIT.class.getPackage());
    }

    @Inject
    DealerAdministration dealers;

    @Inject
    ProviderAdministration providers;

    @Inject
    TechnicianAdministration technicians;

    @Inject
    ProductAdministration products;

    @Inject
    PolicyAdministration policies;

    @Inject
    Sql sql;

    private static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000L;
    }

    private static DealerDraft dealer(String code) {
        DealerDraft draft = new DealerDraft();
        draft.setCode(code);
        draft.setName("苏州生活家地板专卖店");
        draft.setCityCode("320500");
        draft.setContactName("沈丽华");
        draft.setContactPhone("139-6214-5566");
        draft.setHotline("0512-6543 2100");
        return draft;
    }

    private static ProviderDraft provider(String code) {
        ProviderDraft draft = new ProviderDraft();
        draft.setCode(code);
        draft.setName("杭州西子地板售后服务中心");
        draft.setCityCode("330100");
        draft.setGrade("B");
        draft.setDeposit(new BigDecimal("15000"));
        draft.setAgreementSignedOn(LocalDate.of(2010, 2, 20));
        return draft;
    }

    private static TechnicianDraft technician(String certificateNo) {
        TechnicianDraft draft = new TechnicianDraft();
        draft.setName("张伟");
        draft.setMobile("13901012345");
        draft.setCertificateLevel(Technician.CertificateLevel.INTERMEDIATE);
        draft.setCertificateNo(certificateNo);
        draft.setCertificateValidUntil(LocalDate.of(2027, 6, 30));
        return draft;
    }

    private static ProductDraft product(String code) {
        ProductDraft draft = new ProductDraft();
        draft.setCode(code);
        draft.setBrand("生活家");
        draft.setProductLine("标准板");
        draft.setName("标准板香脂木豆");
        draft.setCategory("实木多层");
        draft.setLengthMm(910);
        draft.setWidthMm(125);
        draft.setThicknessMm(15);
        draft.setVeneerMm(new BigDecimal("2.0"));
        draft.setColourGrade("黄标");
        return draft;
    }

    private static PolicyDraft acceptanceDays(String days) {
        PolicyDraft draft = new PolicyDraft();
        draft.setKey("installation.acceptance-days");
        draft.setBrand(unique("brand-"));
        draft.setValue(days);
        draft.setUnit(PolicyValue.Unit.DAYS);
        return draft;
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAdministratorWritesReferenceData(Role role) {
        assertThatThrownBy(() -> RunAs.role(role, () -> dealers.create(dealer(unique("D-")))))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> RunAs.role(role, () -> providers.create(provider(unique("P-")))))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> RunAs.role(role, () -> providers.suspend(1, 0))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> RunAs.role(role, () -> technicians.create(1, technician(unique("SZS-")))))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> RunAs.role(role, () -> products.create(product(unique("PR-")))))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> RunAs.role(role, () -> policies.addVersion(acceptanceDays("5"))))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void dealerIsStoredWithNormalisedPhonesAndTheCitysMarketLevel() throws Exception {
        String code = unique("D-");
        long id = RunAs.role(Role.ADMIN, () -> dealers.create(dealer(code)));

        Object[] row = sql.rows("select contact_phone, hotline, market_level from dealer where id = ?", id).get(0);
        assertThat(row[0]).isEqualTo("13962145566");
        assertThat(row[1]).isEqualTo("051265432100");
        assertThat(((Number) row[2]).intValue())
                .isEqualTo(((Number) sql.value("select market_level from region where code = '320500'")).intValue());
        assertThat(RunAs.role(Role.ADMIN, () -> dealers.list(code, 0, 10, "code", true)))
                .singleElement().satisfies(r -> assertThat(r.city()).isEqualTo("苏州市"));
    }

    @Test
    void duplicateCodesAreRefusedNamingTheField() throws Exception {
        String dealerCode = unique("D-");
        RunAs.role(Role.ADMIN, () -> dealers.create(dealer(dealerCode)));
        assertThatThrownBy(() -> RunAs.role(Role.ADMIN, () -> dealers.create(dealer(dealerCode.toLowerCase()))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.messageKey()).isEqualTo("refdata.error.codeTaken");
                });

        assertThatThrownBy(() -> RunAs.role(Role.ADMIN, () -> providers.create(provider("P-BJ-001"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("code"));

        String productCode = unique("PR-");
        RunAs.role(Role.ADMIN, () -> products.create(product(productCode)));
        assertThatThrownBy(() -> RunAs.role(Role.ADMIN, () -> products.create(product(productCode))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("code"));

        long providerId = RunAs.role(Role.ADMIN, () -> providers.create(provider(unique("P-"))));
        String certificate = unique("SZS-");
        RunAs.role(Role.ADMIN, () -> technicians.create(providerId, technician(certificate)));
        assertThatThrownBy(() -> RunAs.role(Role.ADMIN, () -> technicians.create(providerId, technician(certificate))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("certificateNo");
                    assertThat(e.messageKey()).isEqualTo("technician.error.certificateTaken");
                });
    }

    @Test
    void staleVersionIsAConflictNotAnOverwrite() throws Exception {
        long dealerId = RunAs.role(Role.ADMIN, () -> dealers.create(dealer(unique("D-"))));
        DealerDraft first = RunAs.role(Role.ADMIN, () -> dealers.load(dealerId));
        DealerDraft second = RunAs.role(Role.ADMIN, () -> dealers.load(dealerId));
        first.setName("苏州吴中区生活家专卖店");
        second.setName("苏州姑苏区生活家专卖店");
        RunAs.role(Role.ADMIN, () -> dealers.update(dealerId, first));

        assertThatThrownBy(() -> RunAs.role(Role.ADMIN, () -> dealers.update(dealerId, second))).isInstanceOf(ConcurrentChange.class);
        assertThat(sql.value("select name from dealer where id = ?", dealerId)).isEqualTo("苏州吴中区生活家专卖店");

        long providerId = RunAs.role(Role.ADMIN, () -> providers.create(provider(unique("P-"))));
        long seen = RunAs.role(Role.ADMIN, () -> providers.load(providerId)).getVersion();
        RunAs.role(Role.ADMIN, () -> providers.suspend(providerId, seen));
        assertThatThrownBy(() -> RunAs.role(Role.ADMIN, () -> providers.terminate(providerId, seen)))
                .isInstanceOf(ConcurrentChange.class);
        assertThat(sql.value("select status from service_provider where id = ?", providerId)).isEqualTo("SUSPENDED");
    }

    @Test
    void departedTechnicianIsKeptButInactive() throws Exception {
        long providerId = RunAs.role(Role.ADMIN, () -> providers.create(provider(unique("P-"))));
        long id = RunAs.role(Role.ADMIN, () -> technicians.create(providerId, technician(unique("SZS-"))));

        RunAs.role(Role.ADMIN, () -> technicians.depart(id, technicians.load(id).getVersion()));

        assertThat(RunAs.role(Role.ADMIN, () -> technicians.list(providerId, null, 0, 10, "name", true)))
                .singleElement().satisfies(row -> assertThat(row.active()).isFalse());
        assertThat(RunAs.role(Role.ADMIN, () -> providers.list(null, ServiceProvider.Status.ACTIVE, 0, 1000, "code", true)))
                .filteredOn(row -> row.id() == providerId).singleElement()
                .satisfies(row -> assertThat(row.activeTechnicians()).isZero());
    }

    @Test
    void newPolicyVersionLeavesTheOldOneAsItWas() throws Exception {
        PolicyDraft original = acceptanceDays("3");
        long oldId = RunAs.role(Role.ADMIN, () -> policies.addVersion(original));
        Object[] before = sql.rows("select value, effective_from, created_by from policy_value where id = ?", oldId).get(0);

        PolicyDraft change = acceptanceDays("5");
        change.setBrand(original.getBrand());
        change.setEffectiveFrom(LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1));
        long newId = RunAs.role(Role.ADMIN, () -> policies.addVersion(change));

        assertThat(newId).isNotEqualTo(oldId);
        assertThat(sql.rows("select value, effective_from, created_by from policy_value where id = ?", oldId).get(0))
                .containsExactly(before);
        assertThat(sql.value("select value from policy_value where id = ?", newId)).isEqualTo("5");
        assertThat(sql.count("select count(*) from policy_value where brand = ?", original.getBrand())).isEqualTo(2);
        assertThat(sql.value("select created_by from policy_value where id = ?", newId)).isEqualTo("test-admin");
    }

    @Test
    void policyVersionIsNeitherBackdatedNorBeforeTheNewest() throws Exception {
        PolicyDraft planned = acceptanceDays("3");
        planned.setEffectiveFrom(LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30));
        RunAs.role(Role.ADMIN, () -> policies.addVersion(planned));

        PolicyDraft earlier = acceptanceDays("4");
        earlier.setBrand(planned.getBrand());
        earlier.setEffectiveFrom(planned.getEffectiveFrom().minusDays(1));
        assertThatThrownBy(() -> RunAs.role(Role.ADMIN, () -> policies.addVersion(earlier)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("policy.error.notLater"));

        PolicyDraft backdated = acceptanceDays("4");
        backdated.setEffectiveFrom(LocalDateTime.of(2019, 1, 1, 0, 0));
        assertThatThrownBy(() -> RunAs.role(Role.ADMIN, () -> policies.addVersion(backdated)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("policy.error.past"));
    }
}
