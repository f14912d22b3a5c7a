package com.aftersales.crm.submission.entity;

import com.aftersales.crm.shared.InstallationMethod;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One valid row of an archive spreadsheet: a customer and their installation archive, codes resolved to ids.
 *
 * @param batchNo the product's production batch (批号), normalised ({@link com.aftersales.crm.shared.BatchNo}); null when
 *                the file has no such column or the cell is blank
 */
public record ArchiveRow(int rowNo, String warrantyCardNo, String customerName, List<String> phones,
                         String regionCode, String street, boolean suburban, Long dealerId, Long productId,
                         BigDecimal quantityM2, BigDecimal unitPrice, InstallationMethod method, LocalDate installedOn,
                         LocalDate acceptedOn, LocalDate movedInOn, List<Long> technicianIds, String note, String batchNo)
        implements Serializable {

    public ArchiveRow {
        phones = List.copyOf(phones);
        technicianIds = List.copyOf(technicianIds);
    }

    /** The archive's key: its warranty card number (trimmed, upper case). */
    public String key() {
        return warrantyCardNo;
    }
}
