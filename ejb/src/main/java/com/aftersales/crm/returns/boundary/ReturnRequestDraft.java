package com.aftersales.crm.returns.boundary;

import com.aftersales.crm.returns.entity.DefectKind;
import com.aftersales.crm.returns.entity.PreSaleGround;
import com.aftersales.crm.returns.entity.Remedy;
import com.aftersales.crm.returns.entity.ReturnKind;
import com.aftersales.crm.returns.entity.StockKind;

import java.io.Serializable;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;

/** The return / exchange request form as the portal fills it; the rules are checked when it is filed. */
public class ReturnRequestDraft implements Serializable {

    @Getter @Setter private ReturnKind kind = ReturnKind.PRE_SALE;
    @Getter @Setter private PreSaleGround ground;
    @Getter @Setter private Remedy remedy = Remedy.RETURN;
    @Getter @Setter private Long customerId;
    @Getter @Setter private Long installationId;
    @Getter @Setter private Long complaintId;
    @Getter @Setter private Long productId;
    @Getter @Setter private String batchNo;
    @Getter @Setter private LocalDate shippedOn;
    @Getter @Setter private Integer batchQuantity;
    @Getter @Setter private Integer defectiveQuantity;
    @Getter @Setter private Integer returnQuantity;
    @Getter @Setter private DefectKind defectKind;
    @Getter @Setter private StockKind stockKind = StockKind.REGULAR;
    @Getter @Setter private String reason;
}
