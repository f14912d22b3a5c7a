package com.aftersales.crm.installation.boundary;

import com.aftersales.crm.installation.entity.Warranty;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An installation archive as the customer 360 view shows it, with its warranty today and the policy values it was
 * assessed with (their versions are in the warranty).
 */
public record InstallationView(long id, String dealer, String provider, String method, LocalDate installedOn,
                               LocalDate acceptedOn, LocalDate movedInOn, String warrantyCardNo, List<Line> lines,
                               List<String> technicians, List<ExclusionNote> exclusionNotes, Warranty warranty,
                               int freePeriodMonths, LocalDate cardRequiredFrom) implements Serializable {

    /** @param batchNo 批号, null when the archive did not give it */
    public record Line(String productCode, String spec, BigDecimal quantityM2, BigDecimal unitPrice, String batchNo)
            implements Serializable {
    }

    public record ExclusionNote(String exclusion, String reason, String recordedBy) implements Serializable {
    }
}
