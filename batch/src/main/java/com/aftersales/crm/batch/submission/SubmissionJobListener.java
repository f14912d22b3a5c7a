package com.aftersales.crm.batch.submission;

import com.aftersales.crm.submission.boundary.SubmissionLoading;
import com.aftersales.crm.submission.entity.SubmissionStatus;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Writes the end of a loading on its submission: completed, stopped, or failed with the reason a supervisor reads. */
@Named("submissionJobListener")
@Dependent
public class SubmissionJobListener implements JobListener {

    @Inject
    @BatchProperty
    String submissionId;

    @Inject
    JobContext job;

    @Inject
    SubmissionLoading loading;

    @Override
    public void beforeJob() {
    }

    @Override
    public void afterJob() {
        Object failure = job.getTransientUserData();
        BatchStatus status = job.getBatchStatus();
        SubmissionStatus result;
        if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
            result = SubmissionStatus.STOPPED;
        } else if (failure != null || status == BatchStatus.FAILED) {
            result = SubmissionStatus.FAILED;
        } else {
            result = SubmissionStatus.COMPLETED;
        }
        loading.finish(Long.parseLong(submissionId), result, failure == null ? null : failure.toString());
    }

    /** Keeps the first error of the step for {@link #afterJob()}. */
    @Named("submissionChunkErrors")
    @Dependent
    public static class ChunkErrors extends AbstractChunkListener {

        @Inject
        JobContext job;

        @Override
        public void onError(Exception e) {
            if (job.getTransientUserData() == null) {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                job.setTransientUserData(root.getClass().getSimpleName() + ": " + root.getMessage());
            }
        }
    }
}
