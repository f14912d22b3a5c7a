package com.aftersales.crm.dispatch.boundary;

import com.aftersales.crm.dispatch.entity.CustomerOpinion;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The returned order (回单): the customer's opinion, what was done, with which materials — and, optionally, what the
 * materials and the labour cost (yuan, to the fen), which become the case's costs (案件费用) for the responsibility split.
 */
public class ReturnDraft implements Serializable {

    @NotNull
    private CustomerOpinion customerOpinion;

    @Size(max = 1000)
    private String customerRemarks;

    @NotBlank
    @Size(max = 2000)
    private String handling;

    @Size(max = 1000)
    private String materials;

    private BigDecimal materialsCost;

    private BigDecimal labourCost;

    public BigDecimal getMaterialsCost() {
        return materialsCost;
    }

    public void setMaterialsCost(BigDecimal materialsCost) {
        this.materialsCost = materialsCost;
    }

    public BigDecimal getLabourCost() {
        return labourCost;
    }

    public void setLabourCost(BigDecimal labourCost) {
        this.labourCost = labourCost;
    }

    public CustomerOpinion getCustomerOpinion() {
        return customerOpinion;
    }

    public void setCustomerOpinion(CustomerOpinion customerOpinion) {
        this.customerOpinion = customerOpinion;
    }

    public String getCustomerRemarks() {
        return customerRemarks;
    }

    public void setCustomerRemarks(String customerRemarks) {
        this.customerRemarks = customerRemarks;
    }

    public String getHandling() {
        return handling;
    }

    public void setHandling(String handling) {
        this.handling = handling;
    }

    public String getMaterials() {
        return materials;
    }

    public void setMaterials(String materials) {
        this.materials = materials;
    }
}
