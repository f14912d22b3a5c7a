package com.aftersales.crm.platform.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesWithArgon2idAndASaltOfItsOwn() {
        String first = hasher.hash("客服密码-2026".toCharArray());
        String second = hasher.hash("客服密码-2026".toCharArray());

        assertThat(first).startsWith("$shiro2$argon2id$").doesNotContain("客服密码");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void acceptsOnlyTheRightPassword() {
        String hash = hasher.hash("Correct-Horse-9".toCharArray());

        assertThat(hasher.matches("Correct-Horse-9".toCharArray(), hash)).isTrue();
        assertThat(hasher.matches("correct-horse-9".toCharArray(), hash)).isFalse();
    }
}
