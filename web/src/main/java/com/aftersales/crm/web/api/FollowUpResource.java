package com.aftersales.crm.web.api;

import com.aftersales.crm.followup.boundary.CallSheet;
import com.aftersales.crm.followup.boundary.FollowUpFilter;
import com.aftersales.crm.followup.boundary.FollowUps;
import com.aftersales.crm.followup.entity.CallOutcome;
import com.aftersales.crm.followup.entity.FollowUpKind;
import com.aftersales.crm.followup.entity.FollowUpRow;
import com.aftersales.crm.followup.entity.FollowUpStatus;
import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.survey.boundary.SurveyResult;
import com.aftersales.crm.survey.boundary.Surveys;
import com.aftersales.crm.survey.boundary.TemplateView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The call centre's follow-up queue (回访) for a telephony platform or an agent's own tool, as the portal's call screen
 * works it: "next call" hands the caller the most urgent follow-up it may call now and reserves it (never to two
 * callers at once); a particular follow-up can be taken and given back; an attempt that did not reach a survey is
 * recorded with its outcome (retries, unreachable, refused, call back at the customer's time); a reached customer's
 * survey answers the published template's questions. Staff only: dealers and providers follow the outcome on the
 * case and in their unsatisfied items.
 */
@Path("follow-ups")
@RequestScoped
@Allowed(Duty.CALL_CENTRE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@EmptyBodyAsNull
public class FollowUpResource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The follow-up search counts up to this many (and one more to know there are more). */
    static final int COUNT_CAP = 1000;

    /** A page of follow-ups; {@code count} stops at 1000, {@code capped} says there are more. */
    public record Page(long count, boolean capped, List<FollowUpRow> rows) {
    }

    /** An attempt that did not reach a survey: the outcome's code, the customer's time for CALL_BACK, a note. */
    public record Attempt(String outcome, LocalDateTime callBackAt, String note) {
    }

    /** One answer of the survey: the question's id and the answer as the portal takes it (a choice's text or a score). */
    public record Answer(Long questionId, String value) {
    }

    /** The reached customer's survey: the published template unless another is named, the answers, a comment. */
    public record Survey(Long templateId, List<Answer> answers, String comment) {
    }

    @Inject
    FollowUps followUps;

    @Inject
    Surveys surveys;

    @GET
    @Operation(summary = "Follow-ups, most urgent first (finished ones: latest first)",
            description = "status (default OPEN), kind (INSTALLATION, VISIT, COMPLAINT, RECALL), overdue only, q: a follow-up "
                    + "no., customer name or phone. max at most 200.")
    public Page list(@QueryParam("status") @DefaultValue("OPEN") String status, @QueryParam("kind") String kind,
                     @QueryParam("overdue") @DefaultValue("false") boolean overdue, @QueryParam("q") String q,
                     @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        CaseResource.requirePage(first, max);
        FollowUpFilter filter = new FollowUpFilter();
        filter.setStatus(CaseResource.code("status", status, FollowUpStatus.class));
        filter.setKind(CaseResource.code("kind", kind, FollowUpKind.class));
        filter.setOverdueOnly(overdue);
        filter.setText(q);
        long count = followUps.count(filter);
        return new Page(Math.min(count, COUNT_CAP), count > COUNT_CAP, followUps.list(filter, first, max));
    }

    @POST
    @Path("next")
    @Operation(summary = "下一个回访: the follow-up the caller holds, or the most urgent free one, reserved for the caller",
            description = "200 with the call sheet (Location: the follow-up), 204 when nothing can be called now.")
    public Response next() {
        return followUps.nextCall()
                .map(id -> Response.ok(followUps.sheet(id)).location(URI.create("follow-ups/" + id)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @GET
    @Path("survey-template")
    @Operation(summary = "The published survey template: the questions a reached customer answers")
    public TemplateView surveyTemplate() {
        return surveys.published();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One follow-up's call sheet: the follow-up, its attempts so far, a re-call's item")
    public CallSheet get(@PathParam("id") long id) {
        return followUps.sheet(id);
    }

    @POST
    @Path("{id}/reservation")
    @Operation(summary = "Take this follow-up (reserved for the caller unless another caller holds it now)",
            description = "The caller's other reservation, if any, is given back.")
    public CallSheet take(@PathParam("id") long id) {
        followUps.take(id);
        return followUps.sheet(id);
    }

    @DELETE
    @Path("{id}/reservation")
    @Operation(summary = "Give the reserved follow-up back to the queue")
    public Response release(@PathParam("id") long id) {
        followUps.sheet(id);
        followUps.release(id);
        return Response.noContent().build();
    }

    @POST
    @Idempotent
    @Path("{id}/attempts")
    @Operation(summary = "An attempt that did not reach a survey",
            description = "outcome NO_ANSWER, BUSY, WRONG_NUMBER (retried at another time of day until the policy's "
                    + "attempts are spent), REFUSED (ends it) or CALL_BACK (callBackAt required, China time or with an "
                    + "offset); a reached customer answers the survey instead.")
    public Response attempt(@PathParam("id") long id, Attempt attempt) {
        InvalidBody.require(attempt);
        CallOutcome outcome = CaseResource.code("outcome", attempt.outcome(), CallOutcome.class);
        followUps.attempt(id, outcome, attempt.callBackAt() == null ? null : attempt.callBackAt().atZone(CHINA).toInstant(),
                attempt.note());
        return Response.created(URI.create("follow-ups/" + id)).entity(followUps.sheet(id)).build();
    }

    @POST
    @Idempotent
    @Path("{id}/survey")
    @Operation(summary = "The reached customer's survey answers (满意度调查)",
            description = "Satisfied: the case waiting for the customer's acceptance closes, a re-call resolves its "
                    + "item. Unsatisfied: the provider gets an item with the reply deadline in force. A required "
                    + "question left out, or an answer outside its choices, is a 400 naming the question.")
    public Response survey(@PathParam("id") long id, Survey survey) {
        InvalidBody.require(survey);
        long templateId = survey.templateId() == null ? surveys.published().id() : survey.templateId();
        Map<Long, String> answers = new LinkedHashMap<>();
        for (Answer answer : survey.answers() == null ? List.<Answer>of() : survey.answers()) {
            if (answer == null || answer.questionId() == null) {
                throw new InvalidInput("answers", "validation.required");
            }
            answers.put(answer.questionId(), answer.value());
        }
        SurveyResult result = followUps.survey(id, templateId, answers, survey.comment());
        return Response.created(URI.create("follow-ups/" + id)).entity(result).build();
    }
}
