package com.aftersales.crm.customer.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeTest {

    @Test
    void dealerSeesCustomersItRegisteredOrSoldAnInstallationTo() {
        Scope scope = Scope.dealer(5);

        assertThat(scope.condition()).contains("c.dealer_id = ?").contains("si.dealer_id = ?");
        assertThat(scope.parameter()).containsExactly(5L, 5L);
    }

    @Test
    void providerSeesOnlyCustomersItInstalledFor() {
        Scope scope = Scope.provider(9);

        assertThat(scope.condition()).contains("si.provider_id = ?").doesNotContain("dealer");
        assertThat(scope.parameter()).containsExactly(9L);
    }

    @Test
    void staffSeeEveryone() {
        assertThat(Scope.everything().condition()).isEqualTo("true");
        assertThat(Scope.everything().parameter()).isEmpty();
    }
}
