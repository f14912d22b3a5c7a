package com.aftersales.crm.provider.entity;

import com.aftersales.crm.shared.ContactNumbers;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.LocalDate;
import lombok.Getter;

/** 服务师: a provider's technician with a certificate (上岗证) of a level, valid until a date. */
@Getter
@Entity
public class Technician {

    /** 见习, 初级, 中级, 高级. Trainees and juniors work only under an intermediate or senior technician. */
    public enum CertificateLevel {
        TRAINEE, JUNIOR, INTERMEDIATE, SENIOR;

        public boolean worksAlone() {
            return this == INTERMEDIATE || this == SENIOR;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long providerId;

    private String name;

    private String mobile;

    private CertificateLevel certificateLevel;

    private String certificateNo;

    private LocalDate certificateValidUntil;

    private boolean active = true;

    @Version
    private long version;

    protected Technician() {
    }

    public Technician(long providerId, String name, String mobile, CertificateLevel level, String certificateNo,
                      LocalDate validUntil) {
        this.providerId = providerId;
        describe(name, mobile);
        certify(level, certificateNo, validUntil);
    }

    public void describe(String newName, String newMobile) {
        requireActive();
        this.name = required(newName, "name");
        this.mobile = ContactNumbers.mobile(newMobile, "mobile");
    }

    /** The certificate (上岗证): level, number (unique across providers: the boundary checks) and expiry. */
    public void certify(CertificateLevel level, String newCertificateNo, LocalDate validUntil) {
        requireActive();
        if (level == null) {
            throw new InvalidInput("certificateLevel", "validation.required");
        }
        if (validUntil == null) {
            throw new InvalidInput("certificateValidUntil", "validation.required");
        }
        this.certificateLevel = level;
        this.certificateNo = required(newCertificateNo, "certificateNo");
        this.certificateValidUntil = validUntil;
    }

    /**
     * 年审合格: the certificate is renewed to the date given (a failed review renews nothing: the certificate runs out on
     * its date and the technician can no longer be sent). A departed technician has no certificate to renew.
     */
    public void renewCertificate(LocalDate until) {
        requireActive();
        if (until.isAfter(certificateValidUntil)) {
            this.certificateValidUntil = until;
        }
    }

    /** The provider reported the technician left: the certificate is withdrawn (DOMAIN.md, 上岗证年审). */
    public void depart() {
        requireActive();
        this.active = false;
    }

    /** A departed technician's record is history: it is not edited any more. */
    private void requireActive() {
        if (!active) {
            throw new InvalidInput("active", "technician.error.departed");
        }
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        return value.trim();
    }
}
