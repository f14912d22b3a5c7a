package com.aftersales.crm.shared;

import java.io.InputStream;

/**
 * A stored file handed to whoever may read it (complaint evidence, a service case's attachment): the name to offer,
 * its type and size, and its content (the caller closes it).
 */
public record FileDownload(String fileName, String contentType, long size, InputStream content) {
}
