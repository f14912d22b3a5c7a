package com.aftersales.crm.customer.entity;

import com.aftersales.crm.shared.Address;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerTest {

    private static Customer customer(List<PhoneNumber> phones) {
        return new Customer("王秀英", CustomerClass.NEW, Address.of("330106", "文三路90号", false), phones, null, null, Instant.now());
    }

    @Test
    void aCustomerNeedsAPhoneNumber() {
        assertThatThrownBy(() -> customer(List.of()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("phones"));
    }

    @Test
    void phonesAreStoredNormalisedOnceEachMainFirst() {
        Customer customer = customer(List.of(PhoneNumber.parse("138 0013 8000"), PhoneNumber.parse("0571-87654321"),
                PhoneNumber.parse("+86 13800138000")));

        assertThat(customer.getPhones()).containsExactly("13800138000", "057187654321");
    }

    @Test
    void aMergedRecordNoLongerChangesAndNothingMergesIntoItself() {
        Customer customer = customer(List.of(PhoneNumber.parse("13800138000")));
        customer.retireInto(42, Instant.now());

        assertThatThrownBy(() -> customer.change("王秀英", CustomerClass.VIP, Address.of("330106", null, false),
                List.of(PhoneNumber.parse("13800138000")), null, Instant.now()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("customer.error.merged"));
        assertThat(customer.getMergedIntoId()).isEqualTo(42L);
    }

    @Test
    void anAddressNeedsItsRegionAndKeepsNoBlankStreet() {
        assertThatThrownBy(() -> Address.of(" ", "文三路90号", false))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("regionCode"));
        assertThat(Address.of("330106", "  ", true).street()).isNull();
        assertThat(Address.of("330106", " 文三路90号 ", true)).isEqualTo(Address.of("330106", "文三路90号", true));
    }

    @Test
    void adoptingADuplicatesPhonesKeepsOwnNumbersFirst() {
        Customer kept = customer(List.of(PhoneNumber.parse("13800138000")));
        kept.adoptPhones(List.of("13900000000", "13800138000"), Instant.now());

        assertThat(kept.getPhones()).containsExactly("13800138000", "13900000000");
    }
}
