package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's reference data screens in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ParameterizedTest(name = "{0} lists {2}")
    @CsvSource({
            "admin/dealers.xhtml,                经销商管理, D-BJ-001",
            "admin/providers.xhtml,              服务商管理, 停工整顿",
            "admin/technicians.xhtml?provider=1, 服务师管理, SZS-P-BJ-001",
            "admin/products.xhtml,               产品管理,   实木多层",
            "admin/policies.xhtml,               政策参数,   铺装档案周报送截止"})
    void eachReferenceDataScreenListsTheDemoData(String path, String title, String expected) {
        LoginPage.open(browser).loginAs("admin");

        browser.open(path);

        PortalPage page = new PortalPage(browser);
        assertThat(page.title()).isEqualTo(title);
        assertThat(browser.bodyText()).contains(expected);
    }

    @Test
    void administratorCreatesADealerInACityAndTheFormNamesABadPhone() {
        LoginPage.open(browser).loginAs("admin");
        String code = "D-SZ-" + System.nanoTime() % 100000;

        DealersPage dealers = DealersPage.open(browser).startNew()
                .type("code", code).type("name", "苏州观前街地板专卖店")
                .city("320000", "320500");
        assertThat(dealers.marketLevel()).isEqualTo("二级市场");

        dealers.type("contactPhone", "12345").save();
        assertThat(dealers.dialogMessages()).contains("联系电话").contains("电话号码格式不正确");

        dealers.type("contactPhone", "139 6214 5566").save();
        assertThat(dealers.dialogClosed()).isTrue();
        assertThat(dealers.filter(code).tableText()).contains(code).contains("苏州市").contains("13962145566");
    }
}
