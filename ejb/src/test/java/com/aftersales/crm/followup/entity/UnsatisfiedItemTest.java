package com.aftersales.crm.followup.entity;

import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnsatisfiedItemTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void theItemStaysOpenRoundAfterRoundUntilARecallFindsTheCustomerSatisfied() {
        UnsatisfiedItem item = new UnsatisfiedItem(1, 2, 3, null, 4L, NOW);
        assertThatThrownBy(() -> item.resolved(NOW)).as("no re-call before the provider's reply")
                .isInstanceOf(IllegalTransition.class);
        item.replied();
        assertThat(item.getStatus()).isEqualTo(ItemStatus.AWAITING_RECALL);
        assertThat(item.stillUnsatisfied()).isEqualTo(2);
        assertThat(item.getStatus()).isEqualTo(ItemStatus.AWAITING_REPLY);
        item.replied();
        item.resolved(NOW.plus(Duration.ofDays(2)));
        assertThat(item.getStatus()).isEqualTo(ItemStatus.RESOLVED);
        assertThat(item.getResolvedAt()).isEqualTo(NOW.plus(Duration.ofDays(2)));
    }

    @Test
    void aReplyAfterTheDeadlineIsRecordedLateOnTimeIsNot() {
        Instant due = NOW.plus(Duration.ofHours(24));
        ItemRound onTime = new ItemRound(1, 1, 9, NOW, due, 5);
        onTime.reply("上门处理", "客户接受", "provider", due);
        assertThat(onTime.isLate()).isFalse();
        ItemRound late = new ItemRound(1, 2, 9, NOW, due, 5);
        late.reply("上门处理", "客户接受", "provider", due.plusSeconds(1));
        assertThat(late.isLate()).isTrue();
        assertThat(late.getLateRecordedAt()).isEqualTo(due.plusSeconds(1));
    }

    @Test
    void aReplyNamesItsHandlingAndResult() {
        ItemRound round = new ItemRound(1, 1, 9, NOW, NOW.plus(Duration.ofHours(24)), 5);
        assertThatThrownBy(() -> round.reply(" ", "好", "p", NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("handling"));
        assertThatThrownBy(() -> round.reply("上门", null, "p", NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("result"));
    }
}
