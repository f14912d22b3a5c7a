package com.aftersales.crm.security.entity;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DutyTest {

    @Test
    void eachSetOfRolesIsNamedOnce() {
        Set<Set<Role>> sets = Arrays.stream(Duty.values()).map(Duty::roles).collect(Collectors.toSet());
        assertThat(sets).hasSize(Duty.values().length);
    }

    @Test
    void aUserMayDoADutyWithAnyOneOfItsRoles() {
        UserPrincipal dealer = new UserPrincipal(1, "dealer", "经销商", Set.of(Role.DEALER), 7L, null, "zh_CN");
        assertThat(dealer.can(Duty.RETURNS)).isTrue();
        assertThat(dealer.can(Duty.SUPERVISION)).isFalse();
        assertThat(dealer.can(Duty.SUPERVISION, Duty.DEALER_WORK)).isTrue();
        assertThat(Duty.CALL_CENTRE.roles()).containsExactlyInAnyOrder(Role.AGENT, Role.SUPERVISOR, Role.ADMIN);
    }
}
