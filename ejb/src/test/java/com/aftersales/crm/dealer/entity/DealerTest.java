package com.aftersales.crm.dealer.entity;

import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NetworkMember;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DealerTest {

    @Test
    void contactPhoneAndHotlineAreStoredNormalised() {
        Dealer dealer = new Dealer(new NetworkMember(" D-BJ-009 ", "北京地板城", "110100", 1, "王建国", "139 0101 2345", "(010) 8456-1234"));

        assertThat(dealer.getCode()).isEqualTo("D-BJ-009");
        assertThat(dealer.getContactPhone()).isEqualTo("13901012345");
        assertThat(dealer.getHotline()).isEqualTo("01084561234");
    }

    @Test
    void hotlineMayBeANationwideServiceNumber() {
        Dealer dealer = new Dealer(new NetworkMember("D-1", "某经销商", "110100", 1, null, null, "400-820-8820"));

        assertThat(dealer.getHotline()).isEqualTo("4008208820");
        assertThat(dealer.getContactPhone()).isNull();
    }

    @Test
    void malformedContactPhoneIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new Dealer(new NetworkMember("D-1", "某经销商", "110100", 1, "王", "12345", null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("contactPhone");
                    assertThat(e.messageKey()).isEqualTo("phone.error.format");
                });
    }

    @Test
    void marketLevelIsOneToThree() {
        assertThatThrownBy(() -> new Dealer(new NetworkMember("D-1", "某经销商", "110100", 4, null, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("marketLevel"));
    }
}
