package com.aftersales.crm.batch.submission;

import com.aftersales.crm.submission.entity.ArchiveRow;
import com.aftersales.crm.submission.entity.RowProblem;

import java.util.List;

/** One spreadsheet row after parsing: valid (its archive row) or bad (its problems). */
record ProcessedRow(int rowNo, ArchiveRow row, List<RowProblem> problems) {
}
