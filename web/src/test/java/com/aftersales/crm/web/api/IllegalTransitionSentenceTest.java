package com.aftersales.crm.web.api;

import com.aftersales.crm.dispatch.entity.DispatchAction;
import com.aftersales.crm.dispatch.entity.DispatchStatus;
import com.aftersales.crm.servicecase.entity.CaseAction;
import com.aftersales.crm.servicecase.entity.CaseStatus;
import com.aftersales.crm.shared.IllegalTransition;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class IllegalTransitionSentenceTest {

    @Test
    void aRefusedStepIsSaidInTheCallersLanguageWithTheLabelsOfStateSubjectAndAction() {
        IllegalTransition acceptReturned = new IllegalTransition("order", DispatchStatus.RETURNED, DispatchAction.ACCEPT);
        IllegalTransition closeOpen = new IllegalTransition("case", CaseStatus.OPEN, CaseAction.CUSTOMER_ACCEPTED);

        assertThat(ErrorMappers.sentence(acceptReturned, ApiLanguage.CHINESE)).isEqualTo("状态为“已回单”的派工单不能执行“接单”");
        assertThat(ErrorMappers.sentence(acceptReturned, Locale.ENGLISH)).isEqualTo("A dispatch order that is \"Returned\" cannot \"accept\"");
        assertThat(ErrorMappers.sentence(closeOpen, Locale.ENGLISH)).startsWith("A case that is \"Waiting for dispatch\" cannot \"")
                .doesNotContain("CUSTOMER_ACCEPTED").doesNotContain("OPEN");
    }
}
