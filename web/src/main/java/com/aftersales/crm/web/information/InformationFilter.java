package com.aftersales.crm.web.information;

import com.aftersales.crm.information.entity.Direction;

import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;

/** The information list's filter bar: which way the items went (blank: both), only the open ones, only the late ones. */
public class InformationFilter implements Serializable {

    @Getter @Setter private Direction direction;
    @Getter @Setter private boolean openOnly;
    @Getter @Setter private boolean overdueOnly;
}
