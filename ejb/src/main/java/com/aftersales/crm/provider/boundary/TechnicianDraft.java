package com.aftersales.crm.provider.boundary;

import com.aftersales.crm.provider.entity.Technician;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;

/** A technician (服务师) as the administrator edits it; departure is its own action. */
public class TechnicianDraft implements Serializable {

    @NotBlank
    @Size(max = 50)
    @Getter @Setter private String name;

    @Size(max = 30)
    @Getter @Setter private String mobile;

    @NotNull
    @Getter @Setter private Technician.CertificateLevel certificateLevel;

    @NotBlank
    @Size(max = 30)
    @Getter @Setter private String certificateNo;

    @NotNull
    @Getter @Setter private LocalDate certificateValidUntil;

    /** The version the editor read, checked on save so that a concurrent change is never overwritten. */
    @Getter @Setter private long version;
}
