package com.aftersales.crm.chargeback.entity;

import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChargebackLineTest {

    private static final Instant PROPOSED = Instant.parse("2026-11-02T02:00:00Z");
    private static final Instant WINDOW_ENDS = PROPOSED.plus(Duration.ofDays(7));

    private static ChargebackLine line() {
        return new ChargebackLine(1, 2, Party.PROVIDER, 3, new BigDecimal("30.00"), Money.of("370.37"), "安装质量",
                4, WINDOW_ENDS, PROPOSED);
    }

    @Test
    void aDisputeWithinTheWindowIsRecorded() {
        ChargebackLine line = line();
        assertThat(line.disputable(WINDOW_ENDS.minusSeconds(1))).isTrue();
        line.dispute(" 现场照片显示是地面潮湿 ", "provider", WINDOW_ENDS.minusSeconds(1));
        assertThat(line.getStatus()).isEqualTo(LineStatus.DISPUTED);
        assertThat(line.getDisputeReason()).isEqualTo("现场照片显示是地面潮湿");
    }

    @Test
    void aDisputeAtOrAfterTheEndOfTheWindowIsRefused() {
        ChargebackLine line = line();
        assertThat(line.disputable(WINDOW_ENDS)).isFalse();
        assertThatThrownBy(() -> line.dispute("太晚了", "provider", WINDOW_ENDS))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("chargeback.error.windowClosed"));
        assertThat(line.getStatus()).isEqualTo(LineStatus.PROPOSED);
    }

    @Test
    void aDisputeNeedsAReasonAndAProposedLine() {
        ChargebackLine line = line();
        assertThatThrownBy(() -> line.dispute("  ", "provider", PROPOSED))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("validation.required"));
        line.dispute("不认可", "provider", PROPOSED);
        assertThatThrownBy(() -> line.dispute("再次", "provider", PROPOSED))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("chargeback.error.notDisputable"));
    }

    @Test
    void anUpheldDisputeCancelsAndZeroesTheLine() {
        ChargebackLine line = line();
        line.dispute("不认可", "provider", PROPOSED);
        line.decide(true, "复查照片，确系地面潮湿", "supervisor", PROPOSED.plusSeconds(60));
        assertThat(line.getStatus()).isEqualTo(LineStatus.CANCELLED);
        assertThat(line.getAmount()).isEqualByComparingTo("0");
        assertThat(line.getOriginalAmount()).isEqualByComparingTo("370.37");
        assertThat(line.getDecisionReason()).isEqualTo("复查照片，确系地面潮湿");
    }

    @Test
    void aRejectedDisputeConfirmsTheLine() {
        ChargebackLine line = line();
        line.dispute("不认可", "provider", PROPOSED);
        Instant decided = PROPOSED.plusSeconds(60);
        line.decide(false, "伸缩缝不足，责任成立", "supervisor", decided);
        assertThat(line.getStatus()).isEqualTo(LineStatus.CONFIRMED);
        assertThat(line.getConfirmedAt()).isEqualTo(decided);
        assertThat(line.getAmount()).isEqualByComparingTo("370.37");
    }

    @Test
    void onlyADisputedLineIsDecidedAndAlwaysWithAReason() {
        ChargebackLine line = line();
        assertThatThrownBy(() -> line.decide(false, "x", "supervisor", PROPOSED))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("chargeback.error.notDisputed"));
        line.dispute("不认可", "provider", PROPOSED);
        assertThatThrownBy(() -> line.decide(true, "", "supervisor", PROPOSED))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("decisionReason"));
    }

    @Test
    void theMakersAndTheCustomersSharesHaveNoLedgerLine() {
        assertThat(Party.MAKER.chargedBack()).isFalse();
        assertThat(Party.CUSTOMER.chargedBack()).isFalse();
        assertThatThrownBy(() -> new ChargebackLine(1, 2, Party.MAKER, 3, BigDecimal.TEN, Money.ZERO, null, 4,
                WINDOW_ENDS, PROPOSED)).isInstanceOf(IllegalArgumentException.class);
    }
}
