package com.aftersales.crm.servicecase.entity;

import com.aftersales.crm.shared.FileType;

/** A photo kept as a pause's evidence: the name the store made up, the name it came with, its type, size and SHA-256. */
public record PausePhoto(String storedName, String fileName, FileType type, long size, String sha256) {

    /** Only a picture is evidence: a PDF or any other kind of file is not a photo. */
    public static boolean isImage(FileType type) {
        return type != null && type.contentType().startsWith("image/");
    }
}
