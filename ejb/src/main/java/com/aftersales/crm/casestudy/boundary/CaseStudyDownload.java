package com.aftersales.crm.casestudy.boundary;

import java.io.InputStream;

/** An attachment handed to whoever may read its case: the name to offer, its type and size, its content (close it). */
public record CaseStudyDownload(String fileName, String contentType, long size, InputStream content) {
}
