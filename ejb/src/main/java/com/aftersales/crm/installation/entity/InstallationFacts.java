package com.aftersales.crm.installation.entity;

/** What a service case takes from the installation it is about: its organisations and its first line's product. */
public record InstallationFacts(long id, Long dealerId, Long providerId, String brand, String productLine) {
}
