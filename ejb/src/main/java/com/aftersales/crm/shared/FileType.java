package com.aftersales.crm.shared;

/** The kinds of attached file the portal accepts (complaint evidence, service case attachments), with the content type they are served with. */
public enum FileType {
    JPEG("image/jpeg"), PNG("image/png"), PDF("application/pdf");

    private final String contentType;

    FileType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public static FileType ofContentType(String contentType) {
        for (FileType type : values()) {
            if (type.contentType.equals(contentType)) {
                return type;
            }
        }
        throw new IllegalArgumentException(contentType);
    }
}
