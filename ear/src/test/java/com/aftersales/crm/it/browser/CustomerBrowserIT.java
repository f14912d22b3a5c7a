package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** An agent's day with customer records, and a dealer trying another dealer's customer, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
class CustomerBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void agentCreatesACustomerAddsAnInstallationSeesTheWarrantyAndIsWarnedOfADuplicatePhone() {
        LoginPage.open(browser).loginAs("agent");
        String mobile = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String name = "林雪梅" + ThreadLocalRandom.current().nextInt(100);

        CustomerEditPage edit = CustomerEditPage.openNew(browser).name(name).phone(mobile)
                .address("浙江省", "杭州市", "西湖区", "文三路90号3栋502室");
        edit.save();
        Customer360Page customer = new Customer360Page(browser);
        assertThat(customer.title()).isEqualTo(name);
        assertThat(customer.record()).contains(mobile.substring(0, 3) + " " + mobile.substring(3, 7)).contains("浙江省杭州市西湖区");

        String installed = LocalDate.now().minusDays(5).toString();
        Customer360Page after = customer.addInstallation().dealer("D-HZ-001").provider("P-HZ-001").technician("高级")
                .method("悬浮铺装").dates(installed, LocalDate.now().minusDays(2).toString())
                .warrantyCard("BXKUI" + ThreadLocalRandom.current().nextInt(1_000_000))
                .line("BZB-XZMD-910", "48", "298").save();
        assertThat(after.warrantyBadges()).contains("免费保修期内");
        assertThat(after.installations()).contains("标准板香脂木豆实木多层910×125×15、2.0mm、黄标")
                .contains(LocalDate.now().minusDays(5).plusMonths(12).minusDays(1).toString());
        assertThat(after.timeline()).contains("建立客户档案").contains("登记铺装档案");
        assertThat(after.installationCells()).as("label and value in cells of their own")
                .contains("保修卡号").anySatisfy(cell -> assertThat(cell).startsWith("BXKUI"));

        CustomerEditPage second = CustomerEditPage.openNew(browser).name("林先生").phone("+86 " + mobile)
                .address("浙江省", "杭州市", "拱墅区", "湖墅南路1号");
        second.save();
        assertThat(second.duplicateWarning()).contains("可能是重复客户").contains(name);
    }

    @Test
    void supervisorMergesADuplicateChosenAmongTheOfferedCandidatesAndSeesTheConfirmationOnce() {
        LoginPage.open(browser).loginAs("agent");
        String mobile = "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String name = "邵文静" + ThreadLocalRandom.current().nextInt(1000);
        CustomerEditPage.openNew(browser).name(name).phone(mobile).address("浙江省", "杭州市", "西湖区", "文三路1号").save();
        long kept = new Customer360Page(browser).customerId();
        CustomerEditPage second = CustomerEditPage.openNew(browser).name(name + " 新").phone(mobile)
                .address("浙江省", "杭州市", "西湖区", "文三路1号");
        second.save();
        long duplicate = second.saveAnyway().customerId();
        new PortalPage(browser).logout();

        LoginPage.open(browser).loginAs("supervisor");
        Customer360Page customer = Customer360Page.open(browser, kept);
        assertThat(customer.number()).isEqualTo("#" + kept);
        customer.openMerge();
        assertThat(customer.candidates()).as("the same phone, offered without typing a number")
                .contains("#" + duplicate).contains(name + " 新").contains(mobile.substring(7));
        assertThat(customer.searchCandidates(Long.toString(duplicate)).candidates()).contains("#" + duplicate);

        customer.merge(duplicate);

        String confirmation = "已将客户 #" + duplicate + " 合并到本客户";
        assertThat(customer.customerId()).isEqualTo(kept);
        assertThat(customer.timeline()).contains("#" + duplicate);
        assertThat(browser.bodyText().split(java.util.regex.Pattern.quote(confirmation), -1))
                .as("the confirmation shown once").hasSize(2);
    }

    @Test
    void searchFindsACustomerByTheLastFourDigitsOfThePhone() {
        LoginPage.open(browser).loginAs("agent");
        String mobile = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        CustomerEditPage.openNew(browser).name("何勇").phone(mobile).address("北京市", "北京市", "朝阳区", "建国路88号").save();

        browser.open("customers/search.xhtml?q=" + mobile.substring(7));

        assertThat(browser.find(org.openqa.selenium.By.id("search:results")).getText()).contains("何勇").contains("北京市朝阳区");
    }

    @Test
    void dealerCannotOpenAnotherDealersCustomerByUrl() {
        LoginPage.open(browser).loginAs("dealer2");
        browser.open("customers/search.xhtml");
        String own = browser.find(org.openqa.selenium.By.id("search:results")).getText();

        browser.open("customers/view.xhtml?id=7"); // demo customer 7 belongs to D-BJ-001, dealer2 is D-SH-001
        String page = new PortalPage(browser).title();

        assertThat(own).doesNotContain("北京居然之家");
        assertThat(page).isEqualTo("页面不存在");
    }
}
