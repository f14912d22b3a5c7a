package com.aftersales.crm.web.api;

import com.aftersales.crm.apiclient.boundary.ApiClientDraft;
import com.aftersales.crm.apiclient.boundary.ApiClientView;
import com.aftersales.crm.apiclient.boundary.ApiClients;
import com.aftersales.crm.apiclient.boundary.IssuedKey;
import com.aftersales.crm.security.entity.Duty;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * API clients (接口客户端), admin only: the systems that call this API with a key of their own. The key is in the
 * answer of the create and of a rotation, and nowhere else, ever (answers that carry one are not to be cached).
 */
@Path("api-clients")
@RequestScoped
@Allowed(Duty.ADMINISTRATION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@EmptyBodyAsNull
public class ApiClientResource {

    /** A rotation: how long the old key keeps working beside the new one, in minutes (0, the default: not at all). */
    public record Rotation(Integer overlapMinutes) {
    }

    /** The client's own rate limit (a null part: the policy's), and the version read. */
    public record RateLimit(Integer requestsPerMinute, Integer burst, Long version) {
    }

    @Inject
    ApiClients clients;

    @GET
    @Operation(summary = "Every API client, by name, with its keys (ids only), limits and last use")
    public List<ApiClientView> list() {
        return clients.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One API client")
    public ApiClientView get(@PathParam("id") long id) {
        return clients.get(id);
    }

    @POST
    @Operation(summary = "Create an API client bound to one role (not admin) and the dealer or provider it needs; "
            + "the answer holds its key, shown this once")
    public Response create(ApiClientDraft draft) {
        InvalidBody.require(draft);
        IssuedKey issued = clients.create(draft);
        return Response.created(URI.create("api-clients/" + issued.client().id())).entity(issued)
                .cacheControl(noStore()).build();
    }

    @POST
    @Path("{id}/rotation")
    @Operation(summary = "A new key (shown this once); the old ones stop at once or after overlapMinutes (at most 1440)")
    public Response rotate(@PathParam("id") long id, Rotation rotation) {
        int overlap = rotation == null || rotation.overlapMinutes() == null ? 0 : rotation.overlapMinutes();
        return Response.ok(clients.rotate(id, overlap)).cacheControl(noStore()).build();
    }

    @POST
    @Path("{id}/revocation")
    @Operation(summary = "Revoke the client for good: none of its keys works any more")
    public ApiClientView revoke(@PathParam("id") long id) {
        return clients.revoke(id);
    }

    @PUT
    @Path("{id}/rate-limit")
    @Operation(summary = "The client's own requests per minute and burst (null: the policy's); send back the version read")
    public ApiClientView limit(@PathParam("id") long id, RateLimit limit) {
        InvalidBody.require(limit);
        if (limit.version() == null) {
            throw new com.aftersales.crm.shared.InvalidInput("version", "validation.required");
        }
        return clients.limit(id, limit.requestsPerMinute(), limit.burst(), limit.version());
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
