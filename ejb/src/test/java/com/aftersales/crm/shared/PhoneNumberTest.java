package com.aftersales.crm.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
            "138 0013 8000,      13800138000, 138 0013 8000",
            "+86 138-0013-8000,  13800138000, 138 0013 8000",
            "0086 19912345678,   19912345678, 199 1234 5678",
            "010-84561234,       01084561234, 010-84561234",
            "(0571) 8765 4321,   057187654321, 0571-87654321",
            "0579-8554112,       05798554112, 0579-8554112",
            "021 6432 7788 转 801, 02164327788, 021-64327788"})
    void mobilesAndLandlinesAreNormalisedToDigits(String typed, String digits, String display) {
        PhoneNumber number = PhoneNumber.parse(typed);

        assertThat(number.digits()).isEqualTo(digits);
        assertThat(number.display()).isEqualTo(display);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1380013800", "23800138000", "12800138000", "84561234", "0101234567", "abc", "138-0013-800a", ""})
    void anythingElseIsRefusedNamingThePhoneField(String typed) {
        assertThatThrownBy(() -> PhoneNumber.parse(typed))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("phone");
                    assertThat(e.messageKey()).isEqualTo("phone.error.format");
                });
    }

    @Test
    void mobileIsToldFromLandline() {
        assertThat(PhoneNumber.parse("13900000000").mobile()).isTrue();
        assertThat(PhoneNumber.parse("010-84561234").mobile()).isFalse();
    }
}
