package com.aftersales.crm.batch.submission;

import com.aftersales.crm.submission.boundary.SubmissionLoading;
import com.aftersales.crm.submission.entity.ArchiveRow;
import com.aftersales.crm.submission.entity.RowProblem;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/** Hands a chunk to the domain in one call, in the chunk's transaction: its valid rows and its bad rows' problems. */
@Named("archiveRowWriter")
@Dependent
public class ArchiveRowWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String submissionId;

    @Inject
    SubmissionLoading loading;

    @Override
    public void writeItems(List<Object> items) {
        List<ArchiveRow> rows = new ArrayList<>(items.size());
        List<RowProblem> problems = new ArrayList<>();
        int first = Integer.MAX_VALUE;
        int last = 0;
        for (Object item : items) {
            ProcessedRow processed = (ProcessedRow) item;
            first = Math.min(first, processed.rowNo());
            last = Math.max(last, processed.rowNo());
            if (processed.row() != null) {
                rows.add(processed.row());
            } else {
                problems.addAll(processed.problems());
            }
        }
        loading.write(Long.parseLong(submissionId), rows, problems, first, last, items.size());
    }
}
