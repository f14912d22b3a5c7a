package com.aftersales.crm.provider.entity;

import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NetworkMember;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceProviderTest {

    private static ServiceProvider provider() {
        return new ServiceProvider(new NetworkMember("P-BJ-009", "北京安居地板铺装服务有限公司", "110100", 1, "刘海涛",
                "13601234567", "010-62345678"), LocalDate.of(2010, 3, 1), "a", new BigDecimal("20000"));
    }

    @Test
    void newProviderIsActiveWithItsAgreementTerms() {
        ServiceProvider provider = provider();

        assertThat(provider.getStatus()).isEqualTo(ServiceProvider.Status.ACTIVE);
        assertThat(provider.getGrade()).isEqualTo("A");
        assertThat(provider.getAgreementSignedOn()).isEqualTo(LocalDate.of(2010, 3, 1));
    }

    @Test
    void depositIsNeverNegative() {
        ServiceProvider provider = provider();

        assertThatThrownBy(() -> provider.agree(null, "B", new BigDecimal("-0.01")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("deposit");
                    assertThat(e.messageKey()).isEqualTo("provider.error.depositNegative");
                });
        assertThat(provider.getDeposit()).isEqualByComparingTo("20000");
        provider.agree(null, "B", BigDecimal.ZERO);
        assertThat(provider.getDeposit()).isEqualByComparingTo("0");
    }

    @Test
    void gradeIsOneLetter() {
        assertThatThrownBy(() -> provider().agree(null, "A+", BigDecimal.ONE))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("grade"));
    }

    @Test
    void activeProviderIsSuspendedForRectificationAndReinstated() {
        ServiceProvider provider = provider();

        provider.suspend();
        assertThat(provider.getStatus()).isEqualTo(ServiceProvider.Status.SUSPENDED);
        provider.reinstate();
        assertThat(provider.getStatus()).isEqualTo(ServiceProvider.Status.ACTIVE);
    }

    @Test
    void onlyASuspendedProviderIsReinstatedAndOnlyAnActiveOneSuspended() {
        ServiceProvider provider = provider();

        assertThatThrownBy(provider::reinstate)
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("provider.error.reinstateNotSuspended"));
        provider.suspend();
        assertThatThrownBy(provider::suspend)
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("provider.error.suspendNotActive"));
    }

    @Test
    void terminationIsFinal() {
        ServiceProvider suspended = provider();
        suspended.suspend();
        suspended.terminate();

        assertThat(suspended.getStatus()).isEqualTo(ServiceProvider.Status.TERMINATED);
        assertThatThrownBy(suspended::reinstate).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(suspended::suspend).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(suspended::terminate)
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("provider.error.alreadyTerminated"));
    }
}
