package com.aftersales.crm.dispatch.boundary;

import com.aftersales.crm.dispatch.entity.CustomerOpinion;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;

/**
 * The returned order (回单): the customer's opinion, what was done, with which materials — and, optionally, what the
 * materials and the labour cost (yuan, to the fen), which become the case's costs (案件费用) for the responsibility split.
 */
public class ReturnDraft implements Serializable {

    @NotNull
    @Getter @Setter private CustomerOpinion customerOpinion;

    @Size(max = 1000)
    @Getter @Setter private String customerRemarks;

    @NotBlank
    @Size(max = 2000)
    @Getter @Setter private String handling;

    @Size(max = 1000)
    @Getter @Setter private String materials;

    @Getter @Setter private BigDecimal materialsCost;

    @Getter @Setter private BigDecimal labourCost;
}
