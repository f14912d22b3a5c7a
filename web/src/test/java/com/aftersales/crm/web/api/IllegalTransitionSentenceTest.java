package com.aftersales.crm.web.api;

import com.aftersales.crm.dispatch.entity.DispatchAction;
import com.aftersales.crm.dispatch.entity.DispatchStatus;
import com.aftersales.crm.servicecase.entity.CaseAction;
import com.aftersales.crm.servicecase.entity.CaseStatus;
import com.aftersales.crm.shared.IllegalTransition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IllegalTransitionSentenceTest {

    @Test
    void refusedTransitionSaysActionSubjectAndStateAsCodes() {
        assertThat(ErrorMappers.sentence(new IllegalTransition("order", DispatchStatus.RETURNED, DispatchAction.ACCEPT)))
                .isEqualTo("cannot ACCEPT an order that is RETURNED");
        assertThat(ErrorMappers.sentence(new IllegalTransition("case", CaseStatus.OPEN, CaseAction.CUSTOMER_ACCEPTED)))
                .isEqualTo("cannot CUSTOMER_ACCEPTED a case that is OPEN");
    }
}
