package com.aftersales.crm.it.browser;

import com.aftersales.crm.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator enters next year's holiday notice: a bad line is named and nothing saved, a good one is listed. */
@ExtendWith(ArquillianExtension.class)
class CalendarBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void administratorPastesNextYearsNoticeSeesTheBadLineNamedThenSavesAndSeesItListed() {
        int next = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
        LoginPage.open(browser).loginAs("admin");
        CalendarPage page = CalendarPage.open(browser);
        assertThat(page.title()).isEqualTo("工作日历（节假日与调休）");
        assertThat(page.year()).isEqualTo(String.valueOf(next));
        assertThat(page.years()).contains("2026").contains("2007");

        page.paste(next + "-01-01 元旦 休\n" + next + "-02-30 春节 休\n" + next + "-02-06 春节\n").save();

        assertThat(page.messages()).contains("放假安排有 2 处错误，未保存")
                .contains("第 2 行的日期“" + next + "-02-30”无效")
                .contains("第 3 行格式不正确");
        assertThat(page.years()).doesNotContain(String.valueOf(next));

        page.paste(next + "-01-01 元旦 休\n" + next + "-02-10 春节 休\n" + next + "-02-06 春节 班\n").save();

        assertThat(page.messages()).contains(next + " 年的放假安排已保存，共 3 天");
        assertThat(page.years()).contains(String.valueOf(next));
        assertThat(page.shownDays()).contains(next + " 年的放假安排").contains(next + "-02-06").contains("班（调休补班）")
                .contains(next + "-02-10").contains("春节");
    }
}
