package com.aftersales.crm.shared.sheet;

/** The formats an uploaded spreadsheet is read in, as decided from its content. */
public enum SheetFormat { XLSX, CSV }
