package com.aftersales.crm.web.api;

import com.aftersales.crm.productbatch.boundary.ProductBatches;
import com.aftersales.crm.productbatch.entity.BatchAlert;
import com.aftersales.crm.productbatch.entity.BatchFigures;
import com.aftersales.crm.productbatch.entity.BatchFilter;
import com.aftersales.crm.productbatch.entity.BatchThresholds;
import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Defects by product batch (批号), for supervisors, information officers and administrators: the batch view for a
 * period ({@code from}/{@code to}, yyyy-MM-dd, both included; by default the alert period up to today), one batch,
 * and the batch alerts.
 */
@Path("batches")
@RequestScoped
@Allowed(Duty.INFORMATION_DESK)
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

    /** One batch as the API shows it: the figures, the defect rate (affected ÷ installed m², %), over threshold or not. */
    public record Batch(String productCode, String productName, String batchNo, BigDecimal installedM2, int complaints,
                        BigDecimal affectedM2, int returns, int returnedPieces, BigDecimal ratePercent,
                        boolean overThreshold, Long alertId) {

        static Batch of(BatchFigures f, BatchThresholds thresholds) {
            return new Batch(f.productCode(), f.productName(), f.batchNo(), f.installedM2(), f.complaints(),
                    f.affectedM2(), f.returns(), f.returnedPieces(), f.ratePercent(), thresholds.crossed(f),
                    f.alertId());
        }
    }

    public record Page(long total, List<Batch> rows) {
    }

    public record AlertPage(long total, List<BatchAlert> rows) {
    }

    @Inject
    ProductBatches batches;

    @GET
    @Operation(summary = "The batch view: per product and batch, installed m², complaints, returns, affected m², defect rate")
    public Page list(@QueryParam("from") String from, @QueryParam("to") String to,
                     @QueryParam("product") String product, @QueryParam("batch") String batch,
                     @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("20") int max,
                     @QueryParam("sort") @DefaultValue("ratePercent") String sort,
                     @QueryParam("ascending") @DefaultValue("false") boolean ascending) {
        CaseResource.requirePage(first, max, 200);
        BatchFilter filter = filter(from, to);
        filter.setProduct(product);
        filter.setBatch(batch);
        BatchThresholds thresholds = batches.thresholds();
        return new Page(batches.count(filter), batches.list(filter, first, max, sort, ascending).stream()
                .map(f -> Batch.of(f, thresholds)).toList());
    }

    @GET
    @Path("alerts")
    @Operation(summary = "Batch alerts, newest first (open only unless all=true)")
    public AlertPage alerts(@QueryParam("all") @DefaultValue("false") boolean all,
                            @QueryParam("first") @DefaultValue("0") int first,
                            @QueryParam("max") @DefaultValue("20") int max) {
        CaseResource.requirePage(first, max, 200);
        return new AlertPage(batches.countAlerts(!all), batches.alerts(!all, first, max));
    }

    @GET
    @Path("{product}/{batch: .+}")
    @Operation(summary = "One product batch (product code, batch number) for the period")
    public Batch one(@PathParam("product") String product, @PathParam("batch") String batch,
                     @QueryParam("from") String from, @QueryParam("to") String to) {
        return Batch.of(batches.batch(product, batch, filter(from, to)), batches.thresholds());
    }

    private static BatchFilter filter(String from, String to) {
        BatchFilter filter = new BatchFilter();
        filter.setFrom(date(from, "from"));
        filter.setTo(date(to, "to"));
        return filter;
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "batch.error.date");
        }
    }
}
