package com.aftersales.crm.batch.submission;

import com.aftersales.crm.shared.sheet.SheetRow;
import com.aftersales.crm.submission.boundary.ArchiveSheet;
import com.aftersales.crm.submission.entity.ParsedRow;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Parses a row with the rule of the archive spreadsheet: a bad row becomes its problems, never an exception. */
@Named("archiveRowProcessor")
@Dependent
public class ArchiveRowProcessor implements ItemProcessor {

    @Inject
    StepContext step;

    @Override
    public Object processItem(Object item) {
        SheetRow row = (SheetRow) item;
        ParsedRow parsed = ((ArchiveSheet) step.getTransientUserData()).parse(row);
        return new ProcessedRow(row.rowNo(), parsed.row(), parsed.problems());
    }
}
