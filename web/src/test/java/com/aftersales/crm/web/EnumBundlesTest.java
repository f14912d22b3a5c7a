package com.aftersales.crm.web;

import com.aftersales.crm.dispatch.entity.CustomerOpinion;
import com.aftersales.crm.dispatch.entity.DispatchAction;
import com.aftersales.crm.dispatch.entity.DispatchStatus;
import com.aftersales.crm.servicecase.entity.CaseFilter;
import com.aftersales.crm.shared.SlaBadge;
import com.aftersales.crm.servicecase.entity.CaseAction;
import com.aftersales.crm.servicecase.entity.CaseStatus;
import com.aftersales.crm.servicecase.entity.Channel;
import com.aftersales.crm.servicecase.entity.CostBearer;
import com.aftersales.crm.servicecase.entity.Responsibility;
import com.aftersales.crm.shared.Severity;
import com.aftersales.crm.shared.CaseType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import com.aftersales.crm.followup.entity.CallOutcome;
import com.aftersales.crm.followup.entity.FollowUpKind;
import com.aftersales.crm.followup.entity.FollowUpStatus;
import com.aftersales.crm.followup.entity.ItemStatus;
import com.aftersales.crm.survey.entity.QuestionKind;
import com.aftersales.crm.survey.entity.TemplateStatus;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages translate codes by building keys ({@code 'case.status.'.concat(...)}), which the static key check cannot
 * see: every constant of every enum shown that way has its text in both languages.
 */
class EnumBundlesTest {

    static Stream<Arguments> translatedEnums() {
        return Stream.of(
                Arguments.of("case.status.", CaseStatus.values()),
                Arguments.of("case.type.", CaseType.values()),
                Arguments.of("case.channel.", Channel.values()),
                Arguments.of("case.severity.", Severity.values()),
                Arguments.of("case.responsibility.", Responsibility.values()),
                Arguments.of("case.bearer.", CostBearer.values()),
                Arguments.of("case.stage.", CaseFilter.Stage.values()),
                Arguments.of("chargeback.party.", com.aftersales.crm.chargeback.entity.Party.values()),
                Arguments.of("chargeback.kind.", com.aftersales.crm.chargeback.entity.CostKind.values()),
                Arguments.of("chargeback.source.", com.aftersales.crm.chargeback.entity.CostSource.values()),
                Arguments.of("chargeback.status.", com.aftersales.crm.chargeback.entity.LineStatus.values()),
                Arguments.of("chargeback.report.dimension.", com.aftersales.crm.chargeback.entity.CostDimension.values()),
                Arguments.of("case.sla.", SlaBadge.State.values()),
                Arguments.of("timeline.CASE_", CaseAction.values()),
                Arguments.of("dispatch.status.", DispatchStatus.values()),
                Arguments.of("dispatch.action.", DispatchAction.values()),
                Arguments.of("dispatch.opinion.", CustomerOpinion.values()),
                Arguments.of("escalation.reason.", new String[]{"MAJOR", "FIRST_REPLY_BREACH", "ON_SITE_BREACH"}),
                Arguments.of("case.sla.clock.", new String[]{"FIRST_REPLY", "ON_SITE"}),
                Arguments.of("followup.kind.", FollowUpKind.values()),
                Arguments.of("followup.status.", FollowUpStatus.values()),
                Arguments.of("followup.outcome.", CallOutcome.values()),
                Arguments.of("followup.item.status.", ItemStatus.values()),
                Arguments.of("survey.kind.", QuestionKind.values()),
                Arguments.of("survey.status.", TemplateStatus.values()),
                Arguments.of("followup.script.", FollowUpKind.values()),
                Arguments.of("information.category.", com.aftersales.crm.information.entity.InformationCategory.values()),
                Arguments.of("information.urgency.", com.aftersales.crm.information.entity.Urgency.values()),
                Arguments.of("information.direction.", com.aftersales.crm.information.entity.Direction.values()),
                Arguments.of("information.status.", com.aftersales.crm.information.entity.InformationStatus.values()),
                // what the follow-up service writes into the customer's timeline
                Arguments.of("timeline.", new String[]{"FOLLOW_UP_DUE", "FOLLOW_UP_NO_ANSWER", "FOLLOW_UP_BUSY",
                        "FOLLOW_UP_WRONG_NUMBER", "FOLLOW_UP_CALL_BACK", "FOLLOW_UP_REFUSED", "FOLLOW_UP_UNREACHABLE",
                        "SURVEY_SATISFIED", "SURVEY_UNSATISFIED", "FOLLOW_UP_ITEM_OPENED", "FOLLOW_UP_ITEM_REPLIED",
                        "FOLLOW_UP_ITEM_RESOLVED", "FOLLOW_UP_CANCELLED", "INFORMATION_FILED", "INFORMATION_ANSWERED"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedEnums")
    void everyConstantHasItsTextInBothLanguages(String prefix, Object[] constants) throws IOException {
        List<String> keys = Arrays.stream(constants).map(c -> prefix + (c instanceof Enum<?> e ? e.name() : c)).toList();
        for (String bundle : List.of("messages_zh_CN.properties", "messages_en.properties")) {
            Properties properties = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/com/aftersales/crm/web/" + bundle)) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(keys).as(bundle).allMatch(properties::containsKey);
        }
    }
}
