package com.aftersales.crm.policy.control;

import com.aftersales.crm.policy.entity.PolicyValue;
import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyBookTest {

    private static PolicyValue version(String brand, String line, String value, String from) {
        return new PolicyValue("warranty.free-period", brand, line, value, PolicyValue.Unit.MONTHS, Instant.parse(from), null, "admin");
    }

    @Test
    void theMostSpecificVersionWinsThenTheLatest() {
        PolicyValue global = version(null, null, "12", "2000-01-01T00:00:00Z");
        PolicyValue globalLater = version(null, null, "18", "2020-01-01T00:00:00Z");
        PolicyValue brand = version("生活家", null, "24", "2010-01-01T00:00:00Z");
        PolicyValue line = version("生活家", "巴洛克", "36", "2005-01-01T00:00:00Z");

        assertThat(PolicyBook.choose(List.of(global, globalLater))).contains(globalLater);
        assertThat(PolicyBook.choose(List.of(global, globalLater, brand))).contains(brand);
        assertThat(PolicyBook.choose(List.of(global, globalLater, brand, line))).contains(line);
    }

    @Test
    void aMalformedValueNeverEntersTheBook() {
        assertThatThrownBy(() -> version(null, null, "twelve", "2000-01-01T00:00:00Z")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new PolicyValue("warranty.card-required-from", null, null, "2007-13-01", PolicyValue.Unit.DATE,
                Instant.now(), null, "admin")).isInstanceOf(InvalidInput.class);
    }
}
