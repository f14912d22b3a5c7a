package com.aftersales.crm.web.api;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.servicecase.boundary.ServiceCases;
import com.aftersales.crm.servicecase.boundary.SlaPauses;
import com.aftersales.crm.servicecase.entity.CaseClock;
import com.aftersales.crm.servicecase.entity.CaseDetail;
import com.aftersales.crm.servicecase.entity.PauseReason;
import com.aftersales.crm.servicecase.entity.PauseRow;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.SlaBadge;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * 停表: the life of a case's SLA clocks — their deadlines (moved by every resumed pause), the badge, every pause with
 * its reason, the party owning the delay, who paused, resumed or rejected it — and the steps: pause a running clock
 * for a reason of the policy list (agents, supervisors, admins and the case's own provider), resume it, reject a pause
 * (supervisors). As for the case itself, a case outside the caller's scope is "not found" (404) whatever is asked; a
 * visible case may refuse a step to the caller's role (403).
 */
@Path("cases/{id}/clocks")
@RequestScoped
@Allowed(Duty.CUSTOMER_SERVICE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@EmptyBodyAsNull
public class ClockPauseResource {

    /** The clocks of a case: deadlines as moved by the pauses, the badge, every pause, and the reasons one may pause for. */
    public record ClockLife(Instant firstReplyDue, Instant firstRepliedAt, Instant onSiteDue, Instant onSiteAt,
                            SlaBadge sla, List<PauseRow> pauses, List<PauseReason> reasons) {
    }

    /**
     * A pause asked for: a reason's code from the policy list, a note, and where the reason asks for evidence the call's
     * recording id or a photo ({@code photo}: a JPEG or PNG, base64-encoded, with the name it came with in
     * {@code photoName}); the photo is read back on the portal at {@code /files/pause-photos/<pause id>}.
     */
    public record PauseRequest(String reason, String note, String recordingId, String photo, String photoName) {
    }

    /** A supervisor's rejection of a pause, with the reason. */
    public record Rejection(String reason) {
    }

    @Inject
    ServiceCases cases;

    @Inject
    SlaPauses pauses;

    @GET
    @Operation(summary = "The case's clocks: deadlines moved by the pauses, the SLA badge, every pause (open, resumed, "
            + "rejected) oldest first, and the active reasons a clock may be paused for")
    public ClockLife life(@PathParam("id") long id) {
        return view(id);
    }

    @POST
    @Idempotent
    @Path("{clock}/pauses")
    @Operation(summary = "Pause a running clock (FIRST_REPLY or ON_SITE) before its deadline for a reason of the policy "
            + "list, with a note and, where the reason asks, evidence: the call's recording id or a photo (JPEG or PNG, "
            + "base64 in 'photo', its file name in 'photoName') (agent, supervisor, admin, the case's provider)")
    public Response pause(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @PathParam("clock") String clock, PauseRequest request) {
        visibleThenRole(id, ifMatch, Duty.DISPATCH);
        InvalidBody.require(request);
        long pauseId = pauses.pause(id, clock(clock), request.reason(), request.note(), request.recordingId(),
                photo(request));
        return Response.created(URI.create("cases/" + id + "/clocks")).entity(new CaseResource.Created(pauseId)).build();
    }

    @POST
    @Path("{clock}/resume")
    @Operation(summary = "Resume a paused clock: its deadline moves by the time it stood paused (agent, supervisor, admin, "
            + "the case's provider)")
    public ClockLife resume(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @PathParam("clock") String clock) {
        visibleThenRole(id, ifMatch, Duty.DISPATCH);
        pauses.resume(id, clock(clock));
        return view(id);
    }

    @POST
    @Path("{clock}/pauses/{pauseId}/reject")
    @Operation(summary = "Reject a pause, with the reason (supervisor, admin): as if the clock had never paused")
    public ClockLife reject(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @PathParam("clock") String clock,
                            @PathParam("pauseId") long pauseId, Rejection rejection) {
        visibleThenRole(id, ifMatch, Duty.SUPERVISION);
        CaseClock which = clock(clock);
        if (pauses.life(id).stream().noneMatch(p -> p.id() == pauseId && p.clock().equals(which.name()))) {
            throw new com.aftersales.crm.shared.NotFound("pause " + pauseId);
        }
        pauses.reject(id, pauseId, rejection == null ? null : rejection.reason());
        return view(id);
    }

    private ClockLife view(long id) {
        CaseDetail detail = cases.detail(id);
        return new ClockLife(detail.firstReplyDue(), detail.firstRepliedAt(), detail.onSiteDue(), detail.onSiteAt(),
                detail.sla(), pauses.life(id), pauses.reasons());
    }

    /**
     * 404 for a case outside the caller's scope, then 403 for a role that may not act on it, then 412 for an
     * {@code If-Match} that is not the case's version.
     */
    private void visibleThenRole(long id, String ifMatch, Duty duty) {
        CaseDetail detail = cases.detail(id);
        RoleCheck.require(duty);
        Versions.ifMatch(ifMatch, detail::version, null);
    }

    /** The photo of the request, decoded; a photo that is no base64 is refused on its field. */
    private static SlaPauses.Photo photo(PauseRequest request) {
        if (request.photo() == null || request.photo().isBlank()) {
            return null;
        }
        try {
            byte[] content = java.util.Base64.getMimeDecoder().decode(request.photo().trim());
            return new SlaPauses.Photo(request.photoName(), new java.io.ByteArrayInputStream(content));
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidInput("photo", "pause.error.photoType");
        }
    }

    private static CaseClock clock(String clock) {
        CaseClock which = CaseResource.code("clock", clock, CaseClock.class);
        if (which == null) {
            throw new InvalidInput("clock", "validation.required");
        }
        return which;
    }
}
