package com.aftersales.crm.dashboard.boundary;

import java.util.List;

/** A view as the reader saw it, in the reader's language: a title, the filter in words, the headers and the cells. */
public record ExportTable(String title, String subtitle, List<String> headers, List<List<String>> rows) {
}
