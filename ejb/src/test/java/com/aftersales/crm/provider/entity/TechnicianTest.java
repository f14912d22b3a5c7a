package com.aftersales.crm.provider.entity;

import com.aftersales.crm.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TechnicianTest {

    private static Technician technician() {
        return new Technician(1L, "张伟", "139-0101-2345", Technician.CertificateLevel.INTERMEDIATE, "SZS-001",
                LocalDate.of(2027, 6, 30));
    }

    @Test
    void newTechnicianIsActiveWithNormalisedMobile() {
        Technician technician = technician();

        assertThat(technician.isActive()).isTrue();
        assertThat(technician.getMobile()).isEqualTo("13901012345");
    }

    @Test
    void mobileMustBeAMobileNumber() {
        assertThatThrownBy(() -> new Technician(1L, "张伟", "010-84561234", Technician.CertificateLevel.SENIOR, "SZS-002",
                LocalDate.of(2027, 6, 30)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("mobile");
                    assertThat(e.messageKey()).isEqualTo("phone.error.mobile");
                });
    }

    @Test
    void aPassedReviewRenewsTheCertificateButNeverShortensIt() {
        Technician technician = technician();
        technician.renewCertificate(LocalDate.of(2028, 6, 30));
        assertThat(technician.getCertificateValidUntil()).isEqualTo(LocalDate.of(2028, 6, 30));
        technician.renewCertificate(LocalDate.of(2027, 1, 1));
        assertThat(technician.getCertificateValidUntil()).isEqualTo(LocalDate.of(2028, 6, 30));
    }

    @Test
    void aDepartedTechniciansCertificateIsNotRenewed() {
        Technician technician = technician();
        technician.depart();
        assertThatThrownBy(() -> technician.renewCertificate(LocalDate.of(2028, 6, 30)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("technician.error.departed"));
    }

    @Test
    void departedTechnicianLosesTheCertificate() {
        Technician technician = technician();

        technician.depart();

        assertThat(technician.isActive()).isFalse();
    }

    @Test
    void departedTechnicianIsNoLongerEditedOrDepartedAgain() {
        Technician technician = technician();
        technician.depart();

        assertThatThrownBy(() -> technician.certify(Technician.CertificateLevel.SENIOR, "SZS-003", LocalDate.of(2028, 1, 1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("technician.error.departed"));
        assertThatThrownBy(technician::depart).isInstanceOf(InvalidInput.class);
        assertThat(technician.getCertificateLevel()).isEqualTo(Technician.CertificateLevel.INTERMEDIATE);
    }

    @Test
    void certificateNeedsLevelNumberAndExpiry() {
        assertThatThrownBy(() -> new Technician(1L, "张伟", null, null, "SZS-004", LocalDate.of(2027, 6, 30)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("certificateLevel"));
        assertThatThrownBy(() -> new Technician(1L, "张伟", null, Technician.CertificateLevel.JUNIOR, " ", LocalDate.of(2027, 6, 30)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("certificateNo"));
    }
}
