package com.aftersales.crm.submission.boundary;

import com.aftersales.crm.shared.sheet.SheetRow;
import com.aftersales.crm.submission.control.ArchiveRowParser;
import com.aftersales.crm.submission.entity.ParsedRow;

/**
 * A submitted archive spreadsheet as the loading job reads it, row after row in file order: what the job's reader and
 * processor hold between rows (the parser remembers the cards already seen in the file).
 */
public final class ArchiveSheet {

    private final ArchiveRowParser parser;

    ArchiveSheet(ArchiveRowParser parser) {
        this.parser = parser;
    }

    public ParsedRow parse(SheetRow row) {
        return parser.parse(row);
    }
}
