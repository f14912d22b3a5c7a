package com.aftersales.crm.it.service;

import com.aftersales.crm.customer.boundary.CustomerDraft;
import com.aftersales.crm.customer.boundary.CustomerRow;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.customer.entity.CustomerClass;
import com.aftersales.crm.installation.boundary.Customer360;
import com.aftersales.crm.installation.boundary.InstallationDraft;
import com.aftersales.crm.installation.boundary.InstallationView;
import com.aftersales.crm.installation.boundary.Installations;
import com.aftersales.crm.shared.InstallationMethod;
import com.aftersales.crm.installation.entity.Warranty;
import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.ConcurrentChange;
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

@ExtendWith(ArquillianExtension.class)
class CustomerRecordsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CustomerRecordsIT.class.getPackage());
    }

    @Inject
    Customers customers;

    @Inject
    Installations installations;

    @Inject
    Sql sql;

    private static String newMobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static CustomerDraft draft(String name, String... phones) {
        CustomerDraft draft = new CustomerDraft();
        draft.setName(name);
        draft.setCustomerClass(CustomerClass.NEW);
        draft.setRegionCode("330106");
        draft.setStreet("文三路" + ThreadLocalRandom.current().nextInt(1000) + "号");
        draft.setPhones(List.of(phones));
        return draft;
    }

    private long id(String sqlText, Object... parameters) {
        return ((Number) sql.value(sqlText, parameters)).longValue();
    }

    private InstallationDraft installation(long dealerId, long providerId, String card, LocalDate installedOn, Long... technicians) {
        InstallationDraft draft = new InstallationDraft();
        draft.setDealerId(dealerId);
        draft.setProviderId(providerId);
        draft.setMethod(InstallationMethod.FLOATING);
        draft.setInstalledOn(installedOn);
        draft.setAcceptedOn(installedOn.plusDays(3));
        draft.setWarrantyCardNo(card);
        draft.setTechnicianIds(Set.of(technicians));
        InstallationDraft.Line line = new InstallationDraft.Line();
        line.setProductId(id("select id from product where code = 'BZB-XZMD-910'"));
        line.setQuantityM2(new BigDecimal("56.5"));
        line.setUnitPrice(new BigDecimal("298"));
        draft.setLines(List.of(line));
        return draft;
    }

    private long technician(String providerCode, String level) {
        return id("select t.id from technician t join service_provider p on p.id = t.provider_id where p.code = ? and t.certificate_level = ?",
                providerCode, level);
    }

    private static UserPrincipal dealer(long dealerId) {
        return new UserPrincipal(-2, "test-dealer", "经销商", Set.of(Role.DEALER), dealerId, null, "zh_CN");
    }

    private static UserPrincipal provider(long providerId) {
        return new UserPrincipal(-3, "test-provider", "服务商", Set.of(Role.PROVIDER), null, providerId, "zh_CN");
    }

    @Test
    void phonesAreNormalisedAndTheCustomerIsFoundByTheLastFourDigitsNameAndAddress() throws Exception {
        String mobile = newMobile();
        String name = "测" + ThreadLocalRandom.current().nextInt(100000);
        long id = RunAs.role(Role.AGENT, () -> customers.create(draft(name,
                mobile.substring(0, 3) + " " + mobile.substring(3, 7) + "-" + mobile.substring(7), "0571-8765 4321")));

        assertThat(sql.rows("select number from customer_phone where customer_id = ? order by position", id))
                .extracting(row -> row[0]).containsExactly(mobile, "057187654321");
        List<CustomerRow> bySuffix = RunAs.role(Role.AGENT, () -> customers.search(mobile.substring(7), 0, 500, "name", true));
        List<CustomerRow> byFragment = RunAs.role(Role.AGENT, () -> customers.search(mobile.substring(2, 9), 0, 50, "name", true));
        List<CustomerRow> byName = RunAs.role(Role.AGENT, () -> customers.search(name, 0, 50, "name", true));
        assertThat(bySuffix).extracting(CustomerRow::id).contains(id);
        assertThat(byFragment).extracting(CustomerRow::id).contains(id);
        assertThat(byName).extracting(CustomerRow::id).containsExactly(id);
        assertThat(byName.get(0).address()).startsWith("浙江省杭州市西湖区");
    }

    @Test
    void aKnownPhoneIsAProbableDuplicate() throws Exception {
        String mobile = newMobile();
        long first = RunAs.role(Role.AGENT, () -> customers.create(draft("陈美玲", mobile)));

        List<CustomerRow> duplicates = RunAs.role(Role.AGENT, () -> customers.probableDuplicates(List.of("+86 " + mobile), null));

        assertThat(duplicates).extracting(CustomerRow::id).containsExactly(first);
    }

    @Test
    void invalidPhoneIsRefusedNamingTheField() {
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> customers.create(draft("李强", "12345"))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("phone.error.format"));
    }

    @Test
    void secondSaveOfTheSameVersionIsAConflict() throws Exception {
        long id = RunAs.role(Role.AGENT, () -> customers.create(draft("周杰", newMobile())));
        CustomerDraft mine = RunAs.role(Role.AGENT, () -> customers.load(id));
        CustomerDraft theirs = RunAs.role(Role.AGENT, () -> customers.load(id));
        mine.setCustomerClass(CustomerClass.VIP);
        theirs.setNote("客户要求周末上门");

        RunAs.role(Role.AGENT, () -> customers.update(id, mine));

        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> customers.update(id, theirs))).isInstanceOf(ConcurrentChange.class);
        assertThat(RunAs.role(Role.AGENT, () -> customers.load(id)).getCustomerClass()).isEqualTo(CustomerClass.VIP);
        assertThat(RunAs.role(Role.AGENT, () -> customers.load(id)).getNote()).isNull();
    }

    @Test
    void installationCarriesTheWarrantyOfThePolicyInForceAndTheTimelineShowsIt() throws Exception {
        long dealerId = id("select id from dealer where code = 'D-HZ-001'");
        long providerId = id("select id from service_provider where code = 'P-HZ-001'");
        long customer = RunAs.role(Role.AGENT, () -> customers.create(draft("王秀英", newMobile())));
        String card = "BXKIT" + System.nanoTime() % 1_000_000;

        RunAs.role(Role.AGENT, () -> installations.record(customer, installation(dealerId, providerId, card,
                LocalDate.now().minusDays(10), technician("P-HZ-001", "SENIOR"))));

        Customer360 view = RunAs.role(Role.AGENT, () -> installations.view360(customer));
        InstallationView archive = view.installations().get(0);
        long policyInForce = id("select id from policy_value where policy_key = 'warranty.free-period' and brand is null "
                + "order by effective_from desc limit 1");
        assertThat(archive.warranty().status()).isEqualTo(Warranty.Status.FREE);
        assertThat(archive.warranty().freePeriodPolicyId()).isEqualTo(policyInForce);
        assertThat(archive.warranty().freeUntil()).isEqualTo(LocalDate.now().minusDays(10).plusMonths(12).minusDays(1));
        assertThat(archive.lines().get(0).spec()).isEqualTo("标准板香脂木豆实木多层910×125×15、2.0mm、黄标");
        assertThat(view.timeline()).extracting(e -> e.kind()).contains("CUSTOMER_CREATED", "INSTALLATION_RECORDED");
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> installations.record(customer, installation(dealerId, providerId,
                card.toLowerCase(), LocalDate.now(), technician("P-HZ-001", "SENIOR")))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("installation.error.cardTaken"));
    }

    @Test
    void installationRulesAreCheckedByTheService() throws Exception {
        long dealerId = id("select id from dealer where code = 'D-HZ-001'");
        long providerId = id("select id from service_provider where code = 'P-HZ-001'");
        long customer = RunAs.role(Role.AGENT, () -> customers.create(draft("赵军", newMobile())));

        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> installations.record(customer, installation(dealerId, providerId, null,
                LocalDate.now(), technician("P-HZ-001", "TRAINEE")))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("technician.error.learnerAlone"));
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> installations.record(customer, installation(dealerId, providerId, null,
                LocalDate.now(), technician("P-BJ-001", "SENIOR")))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("technician.error.otherProvider"));
        InstallationDraft future = installation(dealerId, providerId, null, LocalDate.now().plusDays(2));
        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> installations.record(customer, future)))
                .isInstanceOf(Exception.class);
    }

    @Test
    void dealerSeesOnlyItsOwnCustomersWhateverIdItSends() throws Exception {
        long bj = id("select id from dealer where code = 'D-BJ-001'");
        long sh = id("select id from dealer where code = 'D-SH-001'");
        long ownCustomer = id("select id from customer where dealer_id = ? order by id limit 1", bj);
        long otherCustomer = id("select id from customer where dealer_id = ? order by id limit 1", sh);

        assertThat(RunAs.user(dealer(bj), () -> installations.view360(ownCustomer)).customer().id()).isEqualTo(ownCustomer);
        assertThatThrownBy(() -> RunAs.user(dealer(bj), () -> installations.view360(otherCustomer))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> RunAs.user(dealer(bj), () -> installations.ofCustomer(otherCustomer))).isInstanceOf(NotFound.class);
        List<CustomerRow> all = RunAs.user(dealer(bj), () -> customers.search("", 0, 500, "name", true));
        assertThat(all).isNotEmpty();
        for (CustomerRow row : all) {
            assertThat(sql.count("select count(*) from customer c where c.id = ? and (c.dealer_id = ? or exists "
                    + "(select 1 from installation_archive i where i.customer_id = c.id and i.dealer_id = ?))", row.id(), bj, bj))
                    .as("customer %d", row.id()).isEqualTo(1);
        }
        assertThatThrownBy(() -> RunAs.user(dealer(bj), () -> customers.create(draft("越权", newMobile())))).isInstanceOf(AccessDenied.class);
    }

    @Test
    void providerSeesOnlyCustomersItInstalledFor() throws Exception {
        long providerId = id("select id from service_provider where code = 'P-SH-001'");
        long served = id("select customer_id from installation_archive where provider_id = ? order by id limit 1", providerId);
        long notServed = id("select c.id from customer c where not exists (select 1 from installation_archive i "
                + "where i.customer_id = c.id and i.provider_id = ?) order by c.id limit 1", providerId);

        assertThat(RunAs.user(provider(providerId), () -> installations.view360(served)).customer().id()).isEqualTo(served);
        assertThatThrownBy(() -> RunAs.user(provider(providerId), () -> installations.view360(notServed))).isInstanceOf(NotFound.class);
    }

    @Test
    void managementDoesNotBrowseCustomerRecords() {
        assertThatThrownBy(() -> RunAs.role(Role.MANAGER, () -> customers.search("", 0, 10, "name", true))).isInstanceOf(AccessDenied.class);
    }

    @Test
    void mergingKeepsEveryInstallationPhoneAndTimelineEntry() throws Exception {
        long dealerId = id("select id from dealer where code = 'D-HZ-001'");
        long providerId = id("select id from service_provider where code = 'P-HZ-001'");
        String keptPhone = newMobile();
        String gonePhone = newMobile();
        long kept = RunAs.role(Role.AGENT, () -> customers.create(draft("孙涛", keptPhone)));
        long gone = RunAs.role(Role.AGENT, () -> customers.create(draft("孙涛", gonePhone)));
        RunAs.role(Role.AGENT, () -> installations.record(gone, installation(dealerId, providerId, null, LocalDate.now().minusDays(1),
                technician("P-HZ-001", "SENIOR"))));
        long goneEvents = sql.count("select count(*) from customer_event where customer_id = ?", gone);

        assertThatThrownBy(() -> RunAs.role(Role.AGENT, () -> { customers.merge(kept, gone); return null; })).isInstanceOf(AccessDenied.class);
        RunAs.role(Role.SUPERVISOR, () -> { customers.merge(kept, gone); return null; });

        Customer360 view = RunAs.role(Role.SUPERVISOR, () -> installations.view360(kept));
        assertThat(view.installations()).hasSize(1);
        assertThat(view.customer().phones()).hasSize(2);
        assertThat(sql.count("select count(*) from customer_event where customer_id = ?", kept)).isGreaterThanOrEqualTo(goneEvents + 2);
        assertThat(sql.count("select count(*) from customer_event where customer_id = ?", gone)).isZero();
        assertThat(sql.value("select merged_into_id from customer where id = ?", gone)).isEqualTo(kept);
        assertThat(RunAs.role(Role.AGENT, () -> customers.search(gonePhone.substring(7), 0, 500, "name", true)))
                .extracting(CustomerRow::id).doesNotContain(gone).contains(kept);
    }
}
