package com.aftersales.crm.it.service;

import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.boundary.Authentication;
import com.aftersales.crm.security.boundary.UserAdministration;
import com.aftersales.crm.security.boundary.UserDraft;
import com.aftersales.crm.security.entity.UserRow;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(UserAdministrationIT.class.getPackage());
    }

    @Inject
    UserAdministration administration;

    @Inject
    Authentication authentication;

    private static UserDraft draft(String username, Set<Role> roles) {
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setDisplayName("张伟");
        draft.setRoles(roles);
        return draft;
    }

    private static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000L;
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAdministratorManagesUsers(Role role) {
        assertThatThrownBy(() -> RunAs.role(role, () -> administration.count(null))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> RunAs.role(role, () -> administration.create(draft(unique("x"), Set.of(Role.AGENT)), "Long-enough-1")))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void nobodyLoggedInCannotManageUsers() {
        assertThatThrownBy(() -> administration.count(null)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void dealerUserNeedsItsDealer() {
        assertThatThrownBy(() -> RunAs.role(Role.ADMIN, () -> administration.create(draft(unique("d"), Set.of(Role.DEALER)), "Long-enough-1")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("dealerId");
                    assertThat(e.messageKey()).isEqualTo("user.error.dealerRequired");
                });
    }

    @Test
    void providerUserNeedsItsProviderAndStaffHaveNoOrganisation() {
        assertThatThrownBy(() -> RunAs.role(Role.ADMIN, () -> administration.create(draft(unique("p"), Set.of(Role.PROVIDER)), "Long-enough-1")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.providerRequired"));
        UserDraft agentWithProvider = draft(unique("a"), Set.of(Role.AGENT));
        agentWithProvider.setProviderId(1L);
        assertThatThrownBy(() -> RunAs.role(Role.ADMIN, () -> administration.create(agentWithProvider, "Long-enough-1")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.providerNotAllowed"));
    }

    @Test
    void usernamesAreUniqueWhateverTheCase() throws Exception {
        String username = unique("dup");
        RunAs.role(Role.ADMIN, () -> administration.create(draft(username, Set.of(Role.AGENT)), "Long-enough-1"));

        assertThatThrownBy(() -> RunAs.role(Role.ADMIN, () -> administration.create(draft(username.toUpperCase(), Set.of(Role.AGENT)), "Long-enough-1")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.usernameTaken"));
    }

    @Test
    void secondSaveOfTheSameVersionIsAConflictNotAnOverwrite() throws Exception {
        long id = RunAs.role(Role.ADMIN, () -> administration.create(draft(unique("v"), Set.of(Role.AGENT)), "Long-enough-1"));
        UserDraft first = RunAs.role(Role.ADMIN, () -> administration.load(id));
        UserDraft second = RunAs.role(Role.ADMIN, () -> administration.load(id));
        first.setDisplayName("李娜");
        second.setDisplayName("王芳");

        RunAs.role(Role.ADMIN, () -> administration.update(id, first));

        assertThatThrownBy(() -> RunAs.role(Role.ADMIN, () -> administration.update(id, second))).isInstanceOf(ConcurrentChange.class);
        assertThat(RunAs.role(Role.ADMIN, () -> administration.load(id)).getDisplayName()).isEqualTo("李娜");
    }

    @Test
    void resetPasswordReplacesTheOldOne() throws Exception {
        String username = unique("r");
        long id = RunAs.role(Role.ADMIN, () -> administration.create(draft(username, Set.of(Role.AGENT)), "Old-password-1"));

        RunAs.role(Role.ADMIN, () -> administration.resetPassword(id, "New-password-2"));

        assertThat(authentication.authenticate(username, "New-password-2".toCharArray()).username()).isEqualTo(username);
        assertThatThrownBy(() -> authentication.authenticate(username, "Old-password-1".toCharArray()))
                .isInstanceOf(com.aftersales.crm.security.boundary.LoginRefused.class);
    }

    @Test
    void listIsPagedFilteredAndShowsTheOrganisation() throws Exception {
        List<UserRow> rows = RunAs.role(Role.ADMIN, () -> administration.list("dealer", 0, 1, "username", true));
        long count = RunAs.role(Role.ADMIN, () -> administration.count("dealer"));

        assertThat(rows).hasSize(1);
        assertThat(count).isGreaterThanOrEqualTo(2);
        assertThat(rows.get(0).organisation()).contains("D-BJ-001");
    }
}
