package com.aftersales.crm.web.report;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The report's texts (every {@code report.*} key of the portal's bundle) in one language, for the workbook. */
final class ReportTexts {

    static final String BUNDLE = "com.aftersales.crm.web.messages";

    static Map<String, String> of(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        Map<String, String> texts = new HashMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith("report.")) {
                texts.put(key, bundle.getString(key));
            }
        }
        return texts;
    }

    /** The portal's two languages by their tag (zh_CN, en); Chinese unless English is asked for. */
    static Locale locale(String tag) {
        return "en".equals(tag) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private ReportTexts() {
    }
}
