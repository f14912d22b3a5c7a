package com.aftersales.crm.security.entity;

import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    private static UserAccount agent() {
        return new UserAccount("lina", "李娜", "$hash", Set.of(Role.AGENT), null, null, NOW);
    }

    @Test
    void dealerUserMustActForADealer() {
        assertThatThrownBy(() -> new UserAccount("d", "王建国", "$hash", Set.of(Role.DEALER), null, null, NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("dealerId"));
        assertThat(new UserAccount("d", "王建国", "$hash", Set.of(Role.DEALER), 7L, null, NOW).getDealerId()).isEqualTo(7L);
    }

    @Test
    void providerUserMustActForAProvider() {
        assertThatThrownBy(() -> new UserAccount("p", "刘海涛", "$hash", Set.of(Role.PROVIDER), null, null, NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.providerRequired"));
    }

    @Test
    void nobodyActsForBothADealerAndAProvider() {
        assertThatThrownBy(() -> new UserAccount("x", "某人", "$hash", Set.of(Role.DEALER, Role.PROVIDER), 1L, 2L, NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.dealerAndProvider"));
    }

    @Test
    void headOfficeStaffBelongToNoOrganisation() {
        assertThatThrownBy(() -> new UserAccount("a", "李娜", "$hash", Set.of(Role.AGENT), 1L, null, NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.dealerNotAllowed"));
    }

    @Test
    void aUserHasAtLeastOneRole() {
        assertThatThrownBy(() -> new UserAccount("a", "李娜", "$hash", Set.of(), null, null, NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("roles"));
    }

    @Test
    void onlyChineseAndEnglishAreSupported() {
        UserAccount account = agent();
        account.changeLocale("en");
        assertThat(account.getLocale()).isEqualTo("en");
        assertThatThrownBy(() -> account.changeLocale("fr")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void homePageIsThatOfTheFirstRoleInTheGlossaryOrder() {
        UserPrincipal principal = new UserPrincipal(1, "w", "王芳", Set.of(Role.ADMIN, Role.SUPERVISOR), null, null, "zh_CN");
        assertThat(principal.primaryRole()).isEqualTo(Role.SUPERVISOR);
    }
}
