package com.aftersales.crm.web.productbatch;

import com.aftersales.crm.productbatch.boundary.ProductBatches;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The open batch alerts on the supervisors' and information officers' home pages. */
@Named
@RequestScoped
public class BatchAlertNotice {

    @Inject
    ProductBatches batches;

    private Long open;

    public long getOpen() {
        if (open == null) {
            open = batches.countAlerts(true);
        }
        return open;
    }
}
