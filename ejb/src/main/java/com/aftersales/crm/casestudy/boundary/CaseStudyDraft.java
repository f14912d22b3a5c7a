package com.aftersales.crm.casestudy.boundary;

import java.io.Serializable;
import java.time.YearMonth;

/** A service case as the provider's form fills it in. */
public class CaseStudyDraft implements Serializable {

    private YearMonth month;
    private String title;
    private String situation;
    private String handling;
    private String lessons;

    public YearMonth getMonth() {
        return month;
    }

    public void setMonth(YearMonth month) {
        this.month = month;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSituation() {
        return situation;
    }

    public void setSituation(String situation) {
        this.situation = situation;
    }

    public String getHandling() {
        return handling;
    }

    public void setHandling(String handling) {
        this.handling = handling;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }
}
