package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** 服务案例 in headless Chromium: a provider submits its monthly case, a supervisor judges it worthless. */
@ExtendWith(ArquillianExtension.class)
class CaseStudyBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @TempDir
    Path temp;

    @Test
    void aProviderSubmitsItsMonthlyCaseAndASupervisorJudgesItWorthless() throws Exception {
        String title = "地暖房间开裂的处理" + System.nanoTime() % 10000;
        LoginPage.open(browser).loginAs("provider");
        CaseStudiesPage provider = CaseStudiesPage.openAsProvider(browser)
                .write("title", title).write("situation", "客户开启地暖过快，地板开裂")
                .write("handling", "更换开裂地板，指导客户逐步升温").send();
        // the lessons are missing: the form says so in Chinese, nothing is saved
        provider.formErrorsContaining("经验教训：必填");
        assertThat(provider.write("lessons", "铺装后须书面告知地暖使用注意事项").send().studiesWith(title)).contains("有效");

        // a photo whose name holds < and >: refused in words naming the file, not PrimeFaces' "File Error"
        Path photo = Files.write(temp.resolve("现场<1>.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10});
        assertThat(provider.attach(title, photo).messagesContaining("含有不允许的字符")).contains("现场<1>.jpg")
                .doesNotContain("File Error");
        provider.logout();

        LoginPage.open(browser).loginAs("supervisor");
        CaseStudiesPage supervisor = CaseStudiesPage.openAsSupervisor(browser)
                .judgeWorthless(title, "只有结论，没有处理过程和经验");
        supervisor.messagesContaining("已判为无价值");
        assertThat(supervisor.row(title, "无价值")).contains("只有结论");
    }
}
