package com.aftersales.crm.web.followup;

import com.aftersales.crm.followup.boundary.FollowUpFilter;
import com.aftersales.crm.followup.boundary.FollowUps;
import com.aftersales.crm.followup.entity.FollowUpKind;
import com.aftersales.crm.followup.entity.FollowUpRow;
import com.aftersales.crm.followup.entity.FollowUpStatus;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.PagedRows;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import lombok.Getter;

/**
 * The agents' follow-up queue: "next call" reserves the most urgent follow-up and opens its call screen; the search
 * finds a particular one (by no., customer name or phone) to take it.
 */
@Named
@ViewScoped
public class FollowUpQueueView implements Serializable {

    @Inject
    FollowUps followUps;

    @Getter private final FollowUpFilter filter = new FollowUpFilter();
    private LazyDataModel<FollowUpRow> rows;

    public String nextCall() {
        Optional<Long> next = followUps.nextCall();
        if (next.isEmpty()) {
            Messages.info("followup.queue.empty");
            return null;
        }
        return callScreen(next.get());
    }

    @Refusals(illegal = "followup.error.notOpen")
    public String take(long followUpId) {
        followUps.take(followUpId);
        return callScreen(followUpId);
    }

    static String callScreen(long followUpId) {
        return "/agent/follow-up?faces-redirect=true&id=" + followUpId;
    }

    public boolean overdue(FollowUpRow row) {
        return row.overdue(Instant.now());
    }

    public boolean reserved(FollowUpRow row) {
        return row.reserved(Instant.now());
    }

    public boolean waiting(FollowUpRow row) {
        return row.status() == FollowUpStatus.OPEN && row.readyAt().isAfter(Instant.now());
    }

    public LazyDataModel<FollowUpRow> getRows() {
        if (rows == null) {
            rows = new PagedRows<>(() -> followUps.count(filter),
                    (first, max, sortField, ascending) -> followUps.list(filter, first, max), FollowUpRow::id, "dueAt");
        }
        return rows;
    }
}
