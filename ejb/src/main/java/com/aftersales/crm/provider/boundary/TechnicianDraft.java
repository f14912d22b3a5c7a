package com.aftersales.crm.provider.boundary;

import com.aftersales.crm.provider.entity.Technician;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A technician (服务师) as the administrator edits it; departure is its own action. */
public class TechnicianDraft implements Serializable {

    @NotBlank
    @Size(max = 50)
    private String name;

    @Size(max = 30)
    private String mobile;

    @NotNull
    private Technician.CertificateLevel certificateLevel;

    @NotBlank
    @Size(max = 30)
    private String certificateNo;

    @NotNull
    private LocalDate certificateValidUntil;

    private long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public Technician.CertificateLevel getCertificateLevel() {
        return certificateLevel;
    }

    public void setCertificateLevel(Technician.CertificateLevel certificateLevel) {
        this.certificateLevel = certificateLevel;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public void setCertificateNo(String certificateNo) {
        this.certificateNo = certificateNo;
    }

    public LocalDate getCertificateValidUntil() {
        return certificateValidUntil;
    }

    public void setCertificateValidUntil(LocalDate certificateValidUntil) {
        this.certificateValidUntil = certificateValidUntil;
    }

    /** The version the editor read, checked on save so that a concurrent change is never overwritten. */
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
