package com.aftersales.crm.returns.boundary;

import com.aftersales.crm.returns.entity.DefectKind;
import com.aftersales.crm.returns.entity.PreSaleGround;
import com.aftersales.crm.returns.entity.Remedy;
import com.aftersales.crm.returns.entity.ReturnKind;
import com.aftersales.crm.returns.entity.StockKind;

import java.io.Serializable;
import java.time.LocalDate;

/** The return / exchange request form as the portal fills it; the rules are checked when it is filed. */
public class ReturnRequestDraft implements Serializable {

    private ReturnKind kind = ReturnKind.PRE_SALE;
    private PreSaleGround ground;
    private Remedy remedy = Remedy.RETURN;
    private Long customerId;
    private Long installationId;
    private Long complaintId;
    private Long productId;
    private String batchNo;
    private LocalDate shippedOn;
    private Integer batchQuantity;
    private Integer defectiveQuantity;
    private Integer returnQuantity;
    private DefectKind defectKind;
    private StockKind stockKind = StockKind.REGULAR;
    private String reason;

    public ReturnKind getKind() {
        return kind;
    }

    public void setKind(ReturnKind kind) {
        this.kind = kind;
    }

    public PreSaleGround getGround() {
        return ground;
    }

    public void setGround(PreSaleGround ground) {
        this.ground = ground;
    }

    public Remedy getRemedy() {
        return remedy;
    }

    public void setRemedy(Remedy remedy) {
        this.remedy = remedy;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getInstallationId() {
        return installationId;
    }

    public void setInstallationId(Long installationId) {
        this.installationId = installationId;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public void setComplaintId(Long complaintId) {
        this.complaintId = complaintId;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public String getBatchNo() {
        return batchNo;
    }

    public void setBatchNo(String batchNo) {
        this.batchNo = batchNo;
    }

    public LocalDate getShippedOn() {
        return shippedOn;
    }

    public void setShippedOn(LocalDate shippedOn) {
        this.shippedOn = shippedOn;
    }

    public Integer getBatchQuantity() {
        return batchQuantity;
    }

    public void setBatchQuantity(Integer batchQuantity) {
        this.batchQuantity = batchQuantity;
    }

    public Integer getDefectiveQuantity() {
        return defectiveQuantity;
    }

    public void setDefectiveQuantity(Integer defectiveQuantity) {
        this.defectiveQuantity = defectiveQuantity;
    }

    public Integer getReturnQuantity() {
        return returnQuantity;
    }

    public void setReturnQuantity(Integer returnQuantity) {
        this.returnQuantity = returnQuantity;
    }

    public DefectKind getDefectKind() {
        return defectKind;
    }

    public void setDefectKind(DefectKind defectKind) {
        this.defectKind = defectKind;
    }

    public StockKind getStockKind() {
        return stockKind;
    }

    public void setStockKind(StockKind stockKind) {
        this.stockKind = stockKind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
