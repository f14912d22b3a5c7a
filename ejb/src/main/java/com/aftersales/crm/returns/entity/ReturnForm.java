package com.aftersales.crm.returns.entity;

import java.time.LocalDate;

/**
 * What the dealer writes on the return / exchange request (《质量投诉及（售前/售后）处理申请表》): kind and ground, the
 * product, batch and shipment, quantities, the defect, what the goods are to the dealer, what it asks for and why;
 * for installed goods the customer and the installation archive.
 */
public record ReturnForm(ReturnKind kind, PreSaleGround ground, Remedy remedy, Long customerId, Long installationId,
                         Long complaintId, Long productId, String batchNo, LocalDate shippedOn, Integer batchQuantity,
                         Integer defectiveQuantity, Integer returnQuantity, DefectKind defect, StockKind stock,
                         String reason) {
}
