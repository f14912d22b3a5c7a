package com.aftersales.crm.submission.boundary;

/** A submission was recorded; once its transaction commits, its loading job starts. */
public record SubmissionReceived(long submissionId) {
}
