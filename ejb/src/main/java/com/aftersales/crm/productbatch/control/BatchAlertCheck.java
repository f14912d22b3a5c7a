package com.aftersales.crm.productbatch.control;

import com.aftersales.crm.productbatch.entity.BatchFigures;
import com.aftersales.crm.productbatch.entity.BatchThresholds;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The batch alert check: the batches of the alert period ending now (one grouped query), those over threshold by
 * {@link BatchThresholds#crossed}, and one insert of the new alerts (a batch alerted before stays as it was).
 */
@Dependent
public class BatchAlertCheck {

    private static final Logger LOG = Logger.getLogger(BatchAlertCheck.class.getName());

    @Inject
    BatchReadModel reads;

    /** Returns how many alerts are new. */
    public int run(BatchThresholds thresholds, Instant now) {
        Instant from = now.minus(Duration.ofDays(thresholds.periodDays()));
        List<BatchFigures> crossed = reads.all(from, now).stream()
                .filter(f -> f.alertId() == null)
                .filter(thresholds::crossed)
                .toList();
        int raised = reads.raise(crossed, thresholds, from, now, now);
        if (raised > 0) {
            LOG.info(() -> "Batch alerts: " + raised + " batch(es) over threshold");
        }
        return raised;
    }
}
