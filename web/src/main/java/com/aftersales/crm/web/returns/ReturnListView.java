package com.aftersales.crm.web.returns;

import com.aftersales.crm.returns.entity.ReturnFilter;
import com.aftersales.crm.returns.boundary.ReturnRequests;
import com.aftersales.crm.returns.entity.ReturnRow;
import com.aftersales.crm.returns.entity.ReturnStatus;
import com.aftersales.crm.web.shell.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import lombok.Getter;

/**
 * Return requests: a dealer's own ("my return requests"), or for the supervisors the queue of those still waiting for
 * a step, the oldest first. Paged and sorted by the database.
 */
@Named
@ViewScoped
public class ReturnListView implements Serializable {

    @Inject
    ReturnRequests returns;

    @Getter private final ReturnFilter filter = new ReturnFilter();
    @Getter private PagedRows<ReturnRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedRows<>(() -> returns.count(filter),
                (first, max, sortField, ascending) -> returns.list(filter, first, max, sortField, ascending), ReturnRow::id, "lastActionAt", false);
    }

    /** The supervisors' queue: requests waiting for a step, the oldest filing first. */
    public void queue() {
        filter.setOpenOnly(true);
        rows.defaultOrder("filedAt", true);
    }

    public boolean isCapped() {
        return rows.getRowCount() > ReturnRequests.COUNT_CAP;
    }

    public static String statusSeverity(String status) {
        return switch (ReturnStatus.valueOf(status)) {
            case AWAITING_REGIONAL, AWAITING_COMPANY, AWAITING_GOODS -> "warning";
            case RECEIVED -> "success";
            case REJECTED, REFUSED_ON_ARRIVAL -> "danger";
            case WITHDRAWN -> "secondary";
        };
    }

    public String severity(String status) {
        return statusSeverity(status);
    }
}
