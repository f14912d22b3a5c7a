package com.aftersales.crm.apiclient.entity;

import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeyTest {

    @Test
    void aGeneratedKeyReadsBackAndMatchesItsHashOnly() {
        ApiKey key = ApiKey.generate();
        assertThat(key.text()).startsWith("crm_" + key.keyId() + "_").hasSize(4 + 12 + 1 + 43);
        assertThat(ApiKey.parse(key.text())).contains(key);
        assertThat(key.matches(key.secretHash())).isTrue();
        assertThat(key.secretHash()).hasSize(64).doesNotContain(key.secret());
        assertThat(ApiKey.generate().matches(key.secretHash())).isFalse();
        assertThat(key.toString()).doesNotContain(key.secret());
    }

    @Test
    void anythingNotOfTheKeysFormIsNoKey() {
        assertThat(ApiKey.parse(null)).isEmpty();
        assertThat(ApiKey.parse("")).isEmpty();
        assertThat(ApiKey.parse("crm_abc_def")).isEmpty();
        assertThat(ApiKey.parse("xyz_" + ApiKey.generate().text().substring(4))).isEmpty();
    }

    @Test
    void aRotatedKeyWorksUntilItsOverlapEnds() {
        Instant now = Instant.parse("2026-12-07T08:00:00Z");
        ApiKey key = ApiKey.generate();
        ApiClientKey stored = new ApiClientKey(1, key, "admin", now);
        assertThat(stored.admits(key, now)).isTrue();
        stored.expireBy(now.plusSeconds(600));
        stored.expireBy(now.plusSeconds(3600));               // a later end never lengthens it
        assertThat(stored.admits(key, now.plusSeconds(599))).isTrue();
        assertThat(stored.admits(key, now.plusSeconds(600))).isFalse();
    }

    @Test
    void aClientIsBoundToOneRoleAndTheOrganisationItNeedsNeverToTheAdministrators() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> new ApiClient("x", "ADMIN", null, null, "admin", now))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("role"));
        assertThatThrownBy(() -> new ApiClient("x", "PROVIDER", null, null, "admin", now))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.providerRequired"));
        assertThatThrownBy(() -> new ApiClient("x", "AGENT", 1L, null, "admin", now))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.dealerNotAllowed"));
        ApiClient client = new ApiClient(" 服务商系统 ", "PROVIDER", null, 1L, "admin", now);
        assertThat(client.getName()).isEqualTo("服务商系统");
        client.revoke("admin", now);
        assertThatThrownBy(() -> client.revoke("admin", now)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> client.limit(0, null)).isInstanceOf(InvalidInput.class);
    }
}
