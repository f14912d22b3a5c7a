package com.aftersales.crm.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal of the reference data rules reaches the user as "field label: reason" in both languages: the
 * screen's label for each field an entity or boundary names, and the reason's text.
 */
class ReferenceDataBundlesTest {

    private static final Pattern INVALID_INPUT = Pattern.compile("new (?:[\\w.]+\\.)?InvalidInput\\(\"(\\w+)\", \"([\\w.]+)\"\\)");
    private static final Pattern CONTACT_FIELD = Pattern.compile("ContactNumbers\\.\\w+\\([^,]+, \"(\\w+)\"\\)");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReferenceDataBundlesTest.class.getResourceAsStream("/com/aftersales/crm/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "admin.dealers,     dealer/entity/Dealer.java dealer/boundary/DealerAdministration.java shared/NetworkMember.java shared/NetworkMemberDraft.java",
            "admin.providers,   provider/entity/ServiceProvider.java provider/boundary/ProviderAdministration.java shared/NetworkMember.java shared/NetworkMemberDraft.java",
            "admin.technicians, provider/entity/Technician.java provider/boundary/TechnicianAdministration.java",
            "admin.products,    product/entity/Product.java product/boundary/ProductAdministration.java",
            "admin.policies,    policy/entity/PolicyValue.java policy/boundary/PolicyAdministration.java",
            "case,              servicecase/entity/ServiceCase.java servicecase/boundary/ServiceCases.java",
            "dispatch,          dispatch/entity/DispatchOrder.java dispatch/boundary/DispatchOrders.java provider/boundary/Crews.java provider/control/Crew.java",
            "followup,          followup/entity/FollowUpCall.java followup/boundary/FollowUps.java followup/control/FollowUpWindow.java",
            "followup.item,     followup/entity/ItemRound.java",
            "survey,            survey/entity/SurveyTemplate.java survey/entity/SurveyQuestion.java",
            "technician.review, provider/control/ReviewScore.java provider/boundary/CertificateReviews.java",
            "information,       information/entity/InformationItem.java information/boundary/InformationItems.java",
            "caseStudy,         casestudy/entity/CaseStudy.java casestudy/boundary/CaseStudies.java",
            "assessment,        assessment/boundary/Assessments.java"})
    void everyFieldAndReasonARuleNamesHasItsText(String screen, String sources) throws IOException {
        Set<String> fields = new TreeSet<>();
        Set<String> reasons = new TreeSet<>(Set.of("phone.error.format", "phone.error.mobile"));
        for (String source : sources.split(" ")) {
            String code = Files.readString(Path.of("../ejb/src/main/java/com/aftersales/crm", source));
            Matcher invalid = INVALID_INPUT.matcher(code);
            while (invalid.find()) {
                fields.add(invalid.group(1));
                reasons.add(invalid.group(2));
            }
            Matcher contact = CONTACT_FIELD.matcher(code);
            while (contact.find()) {
                fields.add(contact.group(1));
            }
        }

        assertThat(fields).isNotEmpty();
        for (String bundle : new String[]{"messages_zh_CN.properties", "messages_en.properties"}) {
            Properties messages = load(bundle);
            for (String field : fields) {
                assertThat(messages.getProperty(screen + ".field." + field)).as(bundle + " " + screen + ".field." + field).isNotBlank();
            }
            for (String reason : reasons) {
                assertThat(messages.getProperty(reason)).as(bundle + " " + reason).isNotBlank();
            }
        }
    }
}
