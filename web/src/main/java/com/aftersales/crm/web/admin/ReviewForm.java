package com.aftersales.crm.web.admin;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/** A certificate review (上岗证年审) being written: the year, this year by default, and the two scores. */
public class ReviewForm implements Serializable {

    private Integer year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    private BigDecimal workScore;
    private BigDecimal examScore;

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public BigDecimal getWorkScore() {
        return workScore;
    }

    public void setWorkScore(BigDecimal workScore) {
        this.workScore = workScore;
    }

    public BigDecimal getExamScore() {
        return examScore;
    }

    public void setExamScore(BigDecimal examScore) {
        this.examScore = examScore;
    }
}
