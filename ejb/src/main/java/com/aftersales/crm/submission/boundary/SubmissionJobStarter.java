package com.aftersales.crm.submission.boundary;

import com.aftersales.crm.platform.JobRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts a submission's loading job once the submission is committed — not before, or the job could look for a row
 * it cannot see yet. A start that fails leaves the submission queued; a supervisor restarts it from the list.
 */
@ApplicationScoped
public class SubmissionJobStarter {

    private static final Logger LOG = Logger.getLogger(SubmissionJobStarter.class.getName());

    @Inject
    JobRuns jobs;

    public void start(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionReceived received) {
        try {
            jobs.start(ArchiveSubmissions.JOB, parameters(received.submissionId()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not start the loading of submission " + received.submissionId(), e);
        }
    }

    static Properties parameters(long submissionId) {
        Properties parameters = new Properties();
        parameters.setProperty("submissionId", Long.toString(submissionId));
        return parameters;
    }
}
