package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** 市场信息反馈 in headless Chromium: a dealer files an item, the information officer answers, the dealer reads it. */
@ExtendWith(ArquillianExtension.class)
class InformationBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static void openItem(String subject) {
        browser.find(By.xpath("//tr[contains(@class, 'crm-information-row') and contains(., '" + subject + "')]"
                + "//button[contains(@id, ':open')]")).click();
        browser.waitForPage();
        browser.waitForText(By.id("subject"), subject);
    }

    @Test
    void aDealerFilesAnItemTheInformationOfficerAnswersAndTheDealerReadsTheAnswer() {
        String subject = "地暖房间地板开裂" + System.nanoTime() % 10000;
        LoginPage.open(browser).loginAs("dealer");
        browser.open("dealer/information.xhtml");
        browser.find(By.id("information:new")).click();
        browser.waitForPage();
        browser.find(By.xpath("//*[@id='newItemForm:category']//div[contains(@class, 'ui-button') and normalize-space(.)='产品信息']")).click();
        browser.find(By.id("newItemForm:save")).click();
        browser.waitForPage();
        // nothing typed: the form names the missing subject in Chinese
        assertThat(browser.find(By.cssSelector("#newItemForm .ui-messages-error")).getText()).contains("标题：必填");
        browser.find(By.id("newItemForm:subject")).sendKeys(subject);
        browser.find(By.id("newItemForm:content")).sendKeys("两户地暖客户的地板出现开裂，均为同一型号。");
        browser.find(By.id("newItemForm:save")).click();
        browser.waitForPage();
        browser.waitForText(By.id("information:messages"), "3天内回复");
        assertThat(browser.find(By.id("information:table")).getText()).contains(subject).contains("待回复");
        new PortalPage(browser).logout();

        LoginPage.open(browser).loginAs("info");
        browser.open("info/items.xhtml");
        openItem(subject);
        browser.find(By.id("itemForm:answer")).sendKeys("已转质检部门，请先拍照留存，三日内答复处理方案。");
        browser.find(By.id("itemForm:send")).click();
        browser.waitForPage();
        browser.waitForText(By.id("information:messages"), "已回复");
        new PortalPage(browser).logout();

        LoginPage.open(browser).loginAs("dealer");
        browser.open("dealer/information.xhtml");
        openItem(subject);
        assertThat(browser.find(By.id("answerText")).getText()).contains("已转质检部门");
    }
}
