package com.aftersales.crm.dispatch.boundary;

import com.aftersales.crm.dispatch.entity.CustomerOpinion;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** The returned order (回单): the customer's opinion, what was done, with which materials. */
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
