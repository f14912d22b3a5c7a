package com.aftersales.crm.submission.entity;

/** Where the loading of a submission stands: queued for the job, being loaded, done, failed or stopped (restartable). */
public enum SubmissionStatus { QUEUED, RUNNING, COMPLETED, FAILED, STOPPED }
