package com.aftersales.crm.information.entity;

import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InformationItemTest {

    private static final Instant FILED = Instant.parse("2026-11-20T02:00:00Z");
    private static final Instant DUE = FILED.plus(Duration.ofDays(3));

    private static InformationItem item(Long dealerId, Long providerId) {
        return new InformationItem(new InformationItem.Filing(Direction.FROM_NETWORK, dealerId, providerId,
                InformationCategory.PRODUCT, Urgency.IMMEDIATE, "地板表面起鼓", "同一批次三户客户反映起鼓", "建议抽检该批次",
                null, null), FILED, "dealer", DUE, 1);
    }

    @Test
    void anAnswerWithinThreeDaysIsOnTimeAndAfterIsLate() {
        assertThat(item(1L, null).answer("已安排质检部门抽检", "info", DUE)).isFalse();
        InformationItem late = item(1L, null);
        assertThat(late.answer("已安排质检部门抽检", "info", DUE.plusSeconds(1))).isTrue();
        assertThat(late.getOverdueRecordedAt()).isEqualTo(DUE.plusSeconds(1));
    }

    @Test
    void anItemIsAnsweredOnceAndTheAnswerSaysSomething() {
        InformationItem item = item(null, 2L);
        assertThatThrownBy(() -> item.answer(" ", "info", FILED))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("answer"));
        item.answer("已处理", "info", FILED);
        assertThatThrownBy(() -> item.answer("再答一次", "info", FILED)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void anItemIsBetweenTheDepartmentAndExactlyOneNetworkPoint() {
        assertThatThrownBy(() -> item(1L, 2L))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("information.error.oneNetworkPoint"));
        assertThatThrownBy(() -> item(null, null)).isInstanceOf(InvalidInput.class);
    }
}
