package com.aftersales.crm.installation.boundary;

/** An installation archive was recorded (fired in the recording transaction: observers' work commits with it). */
public record InstallationRecorded(long installationId) {
}
