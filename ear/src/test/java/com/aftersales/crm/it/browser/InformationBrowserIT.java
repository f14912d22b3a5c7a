package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** 市场信息反馈 in headless Chromium: a dealer files an item, the information officer answers, the dealer reads it. */
@ExtendWith(ArquillianExtension.class)
class InformationBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aDealerFilesAnItemTheInformationOfficerAnswersAndTheDealerReadsTheAnswer() {
        String subject = "地暖房间地板开裂" + System.nanoTime() % 10000;
        LoginPage.open(browser).loginAs("dealer");
        InformationPage filing = InformationPage.openAsDealer(browser).startNew().category("产品信息").save();
        // nothing typed: the form names the missing subject in Chinese
        filing.formErrorsContaining("标题：必填");
        filing.subject(subject).content("两户地暖客户的地板出现开裂，均为同一型号。").save().messagesContaining("3天内回复");
        assertThat(filing.table()).contains(subject).contains("待回复");
        filing.logout();

        LoginPage.open(browser).loginAs("info");
        InformationPage answering = InformationPage.openAsInformationOfficer(browser).openItem(subject);
        answering.answer("已转质检部门，请先拍照留存，三日内答复处理方案。").messagesContaining("已回复");
        answering.logout();

        LoginPage.open(browser).loginAs("dealer");
        assertThat(InformationPage.openAsDealer(browser).openItem(subject).answerText()).contains("已转质检部门");
    }
}
