package com.aftersales.crm.quality.boundary;

import java.io.InputStream;

/** A stored file handed to whoever may read it: the name to offer, its type and size, and its content (close it). */
public record Download(String fileName, String contentType, long size, InputStream content) {
}
