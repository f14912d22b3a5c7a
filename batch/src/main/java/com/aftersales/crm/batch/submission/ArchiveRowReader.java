package com.aftersales.crm.batch.submission;

import com.aftersales.crm.shared.sheet.SheetFiles;
import com.aftersales.crm.shared.sheet.SheetReader;
import com.aftersales.crm.shared.sheet.SheetRow;
import com.aftersales.crm.submission.boundary.ArchiveSheet;
import com.aftersales.crm.submission.boundary.SubmissionLoading;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * Streams the submitted file row by row (never the whole workbook). The checkpoint is the last row read; a restart —
 * or a new run after a crash — resumes after the later of the checkpoint and the last row the database has written,
 * which is committed with the rows themselves.
 */
@Named("archiveRowReader")
@Dependent
public class ArchiveRowReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String submissionId;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    SubmissionLoading loading;

    private SheetReader reader;
    private int lastRow;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        long id = Long.parseLong(submissionId);
        SubmissionLoading.Source source = loading.start(id, job.getExecutionId());
        reader = SheetFiles.open(source.file(), source.fileName());
        ArchiveSheet parser = loading.parser(id, reader.header());
        step.setTransientUserData(parser);
        lastRow = Math.max(checkpoint == null ? 1 : (Integer) checkpoint, source.lastRowWritten());
        if (lastRow > 1) {
            // the rows skipped go through the parser, which remembers the cards it has seen (duplicates in the file)
            reader.skipTo(lastRow, parser::parse);
        }
    }

    @Override
    public Object readItem() throws Exception {
        SheetRow row = reader.next();
        if (row == null) {
            return null;
        }
        lastRow = row.rowNo();
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRow;
    }

    @Override
    public void close() throws Exception {
        if (reader != null) {
            reader.close();
        }
    }
}
