package com.aftersales.crm.quality.entity;

import com.aftersales.crm.shared.FileType;
import java.util.Set;

/**
 * What a file on a complaint shows: an overall photo (全景), a close-up (局部特写), or the customer's purchase proof
 * (购买凭证：发票或收据复印件). Photos are JPEG or PNG; a proof may also be a PDF scan.
 */
public enum AttachmentKind {
    PHOTO_OVERALL(Set.of(FileType.JPEG, FileType.PNG)),
    PHOTO_CLOSE_UP(Set.of(FileType.JPEG, FileType.PNG)),
    PURCHASE_PROOF(Set.of(FileType.JPEG, FileType.PNG, FileType.PDF));

    private final Set<FileType> accepted;

    AttachmentKind(Set<FileType> accepted) {
        this.accepted = accepted;
    }

    public boolean accepts(FileType type) {
        return type != null && accepted.contains(type);
    }

    public boolean photo() {
        return this != PURCHASE_PROOF;
    }
}
