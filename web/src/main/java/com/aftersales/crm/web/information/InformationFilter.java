package com.aftersales.crm.web.information;

import com.aftersales.crm.information.entity.Direction;

import java.io.Serializable;

/** The information list's filter bar: which way the items went (blank: both), only the open ones, only the late ones. */
public class InformationFilter implements Serializable {

    private Direction direction;
    private boolean openOnly;
    private boolean overdueOnly;

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
