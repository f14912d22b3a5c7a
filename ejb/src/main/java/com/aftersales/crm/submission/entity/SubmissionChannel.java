package com.aftersales.crm.submission.entity;

/** How the file arrived: uploaded in the portal, or dropped in the inbox directory for bulk loading. */
public enum SubmissionChannel { PORTAL, INBOX }
