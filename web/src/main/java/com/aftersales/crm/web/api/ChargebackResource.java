package com.aftersales.crm.web.api;

import com.aftersales.crm.chargeback.boundary.Chargebacks;
import com.aftersales.crm.chargeback.entity.LineFilter;
import com.aftersales.crm.chargeback.entity.LineRow;
import com.aftersales.crm.chargeback.entity.LineStatus;
import com.aftersales.crm.chargeback.entity.Party;
import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The chargeback ledger (责任扣款): supervisors and administrators see every line; a provider or dealer only its own —
 * another's line is "not found" whatever id is sent. The party disputes a proposed line within the dispute window, with
 * its reason; a supervisor upholds (the line is cancelled, zeroed) or rejects (confirmed) the dispute. Each change
 * carries the version the caller read: a line changed meanwhile is 409 {@code conflict}.
 */
@Path("chargebacks")
@RequestScoped
@Allowed(Duty.CHARGEBACKS)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@EmptyBodyAsNull
public class ChargebackResource {

    /** A page of lines; {@code count} stops at {@link Chargebacks#COUNT_CAP}, {@code capped} says there are more. */
    public record Page(long count, boolean capped, List<LineRow> rows) {
    }

    /** The party's dispute (异议): the reason is required. */
    public record Dispute(String reason, Long version) {
    }

    /** The supervisor's decision on a dispute: uphold (cancel the line) or not (confirm it), with the reason. */
    public record Decision(Boolean uphold, String reason, Long version) {
    }

    /** How many proposed lines were confirmed because their window had passed. */
    public record Confirmed(int confirmed) {
    }

    @Inject
    Chargebacks chargebacks;

    @GET
    @Operation(summary = "The caller's chargeback lines, newest first (a provider's or dealer's own only)",
            description = "party PROVIDER or DEALER with partyId; status PROPOSED, DISPUTED, CONFIRMED, SETTLED or "
                    + "CANCELLED; month yyyy-MM (proposed in); caseId. max at most 200.")
    public Page list(@QueryParam("party") String party, @QueryParam("partyId") Long partyId,
                     @QueryParam("status") String status, @QueryParam("month") String month,
                     @QueryParam("caseId") Long caseId, @QueryParam("first") @DefaultValue("0") int first,
                     @QueryParam("max") @DefaultValue("50") int max) {
        CaseResource.requirePage(first, max);
        LineFilter filter = new LineFilter();
        filter.setParty(CaseResource.code("party", party, Party.class));
        filter.setPartyId(partyId);
        filter.setStatus(CaseResource.code("status", status, LineStatus.class));
        filter.setCaseId(caseId);
        if (month != null && !month.isBlank()) {
            try {
                filter.setMonth(YearMonth.parse(month.trim()));
            } catch (DateTimeParseException e) {
                throw new InvalidInput("month", "api.error.invalidValue");
            }
        }
        long count = chargebacks.count(filter);
        return new Page(Math.min(count, Chargebacks.COUNT_CAP), count > Chargebacks.COUNT_CAP,
                chargebacks.lines(filter, first, max));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One chargeback line")
    public LineRow get(@PathParam("id") long id) {
        return chargebacks.line(id);
    }

    @POST
    @Path("{id}/dispute")
    @Operation(summary = "Dispute a proposed line within the dispute window, with the reason (the provider or dealer)")
    public LineRow dispute(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Dispute dispute) {
        LineRow line = chargebacks.line(id);
        RoleCheck.require(Duty.NETWORK);
        Long version = Versions.ifMatch(ifMatch, line::version, dispute == null ? null : dispute.version());
        chargebacks.dispute(id, dispute == null ? null : dispute.reason(), version);
        return chargebacks.line(id);
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "Decide a disputed line (supervisor, admin): uphold cancels it, otherwise it is confirmed")
    public LineRow decide(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Decision decision) {
        LineRow line = chargebacks.line(id);
        RoleCheck.require(Duty.SUPERVISION);
        Long version = Versions.ifMatch(ifMatch, line::version, decision == null ? null : decision.version());
        if (decision == null || decision.uphold() == null) {
            throw new InvalidInput("uphold", "validation.required");
        }
        chargebacks.decide(id, decision.uphold(), decision.reason(), version);
        return chargebacks.line(id);
    }

    @POST
    @Path("confirmation")
    @Operation(summary = "Confirm every proposed line whose dispute window has passed (supervisor, admin)")
    public Confirmed confirmDue() {
        RoleCheck.require(Duty.SUPERVISION);
        return new Confirmed(chargebacks.confirmDue());
    }
}
