package com.aftersales.crm.installation.entity;

import com.aftersales.crm.shared.InvalidInput;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import lombok.Getter;

/** A product line of an installation: which product, how many square metres, at what unit price. */
@Getter
@Embeddable
public class InstallationLine {

    private long productId;

    private BigDecimal quantityM2;

    private BigDecimal unitPrice;

    /** 批号, when the archive gave it (the weekly archive's optional column). */
    private String batchNo;

    protected InstallationLine() {
    }

    public InstallationLine(Long productId, BigDecimal quantityM2, BigDecimal unitPrice) {
        if (productId == null) {
            throw new InvalidInput("productId", "validation.required");
        }
        if (quantityM2 == null || quantityM2.signum() <= 0) {
            throw new InvalidInput("quantityM2", "installation.error.quantity");
        }
        if (unitPrice == null || unitPrice.signum() < 0) {
            throw new InvalidInput("unitPrice", "installation.error.price");
        }
        this.productId = productId;
        this.quantityM2 = quantityM2;
        this.unitPrice = unitPrice;
    }
}
