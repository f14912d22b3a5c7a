package com.aftersales.crm.web.admin;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import lombok.Getter;
import lombok.Setter;

/** A certificate review (上岗证年审) being written: the year, this year by default, and the two scores. */
public class ReviewForm implements Serializable {

    @Getter @Setter private Integer year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    @Getter @Setter private BigDecimal workScore;
    @Getter @Setter private BigDecimal examScore;
}
