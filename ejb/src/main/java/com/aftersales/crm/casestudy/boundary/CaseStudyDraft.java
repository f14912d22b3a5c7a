package com.aftersales.crm.casestudy.boundary;

import java.io.Serializable;
import java.time.YearMonth;
import lombok.Getter;
import lombok.Setter;

/** A service case as the provider's form fills it in. */
public class CaseStudyDraft implements Serializable {

    @Getter @Setter private YearMonth month;
    @Getter @Setter private String title;
    @Getter @Setter private String situation;
    @Getter @Setter private String handling;
    @Getter @Setter private String lessons;
}
