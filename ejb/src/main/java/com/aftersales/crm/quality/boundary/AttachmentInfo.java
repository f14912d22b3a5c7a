package com.aftersales.crm.quality.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A file on a complaint as lists show it; its content only through the download. */
public record AttachmentInfo(long id, String kind, String originalName, String contentType, long sizeBytes, String sha256,
                             String uploadedBy, Instant uploadedAt) implements Serializable {

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
