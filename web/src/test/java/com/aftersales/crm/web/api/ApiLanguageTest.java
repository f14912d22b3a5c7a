package com.aftersales.crm.web.api;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ApiLanguageTest {

    @Test
    void theApiSpeaksChineseUnlessTheCallerPrefersEnglish() {
        assertThat(ApiLanguage.of(null)).isEqualTo(ApiLanguage.CHINESE);
        assertThat(ApiLanguage.of("")).isEqualTo(ApiLanguage.CHINESE);
        assertThat(ApiLanguage.of("en")).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of("en-US,en;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(ApiLanguage.CHINESE);
        assertThat(ApiLanguage.of("zh;q=0.5, en;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of("fr-FR, en;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(ApiLanguage.of("fr-FR")).isEqualTo(ApiLanguage.CHINESE);
        assertThat(ApiLanguage.of("*")).isEqualTo(ApiLanguage.CHINESE);
        assertThat(ApiLanguage.of(";;garbage")).isEqualTo(ApiLanguage.CHINESE);
    }

    @Test
    void messagesComeFromThePortalsBundlesWithTheirArguments() {
        assertThat(ApiLanguage.text(ApiLanguage.CHINESE, "api.error.notFound")).isEqualTo("未找到");
        assertThat(ApiLanguage.text(Locale.ENGLISH, "api.error.notFound")).isEqualTo("Not found");
        assertThat(ApiLanguage.text(Locale.ENGLISH, "api.error.pageSize", 200)).isEqualTo("A page has between 1 and 200 rows");
        assertThat(ApiLanguage.text(Locale.ENGLISH, "case.error.customerMerged")).doesNotContain("case.error");
    }
}
