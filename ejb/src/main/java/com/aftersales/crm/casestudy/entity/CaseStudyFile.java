package com.aftersales.crm.casestudy.entity;

import java.io.Serializable;

/** An attachment of a service case as lists show it: its download id, the name it came with, its type and size. */
public record CaseStudyFile(long id, String name, String fileType, long sizeBytes) implements Serializable {
}
