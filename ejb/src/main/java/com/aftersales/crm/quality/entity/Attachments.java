package com.aftersales.crm.quality.entity;

/** How many files of each kind a complaint carries (counted by the boundary, judged by the form). */
public record Attachments(int overallPhotos, int closeUpPhotos, int purchaseProofs) {

    public int photos() {
        return overallPhotos + closeUpPhotos;
    }
}
