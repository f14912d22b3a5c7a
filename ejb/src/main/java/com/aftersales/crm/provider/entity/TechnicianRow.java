package com.aftersales.crm.provider.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of a provider's technician list. */
public record TechnicianRow(long id, String name, String mobile, Technician.CertificateLevel certificateLevel,
                            String certificateNo, LocalDate certificateValidUntil, boolean active, long version)
        implements Serializable {
}
