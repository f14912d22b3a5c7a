package com.aftersales.crm.web.api;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.security.boundary.UserAdministration;
import com.aftersales.crm.security.boundary.UserDraft;
import com.aftersales.crm.security.entity.UserRow;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** User administration for integrations (identity management), admin only. */
@Path("users")
@RequestScoped
@Allowed(Duty.ADMINISTRATION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    /** A new user: the draft plus its initial password. */
    public static class NewUser extends UserDraft {
        private String password;

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    public record Page(long total, List<UserRow> rows) {
    }

    @Inject
    UserAdministration administration;

    @GET
    @Operation(summary = "Users, paged, filtered by username or name")
    public Page list(@QueryParam("q") String filter, @QueryParam("first") @DefaultValue("0") int first,
                     @QueryParam("max") @DefaultValue("50") int max, @QueryParam("sort") @DefaultValue("username") String sort) {
        CaseResource.requirePage(first, max, 500);
        return new Page(administration.count(filter), administration.list(filter, first, max, sort, true));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user as the administrator edits it")
    public UserDraft get(@PathParam("id") long id) {
        return administration.load(id);
    }

    @POST
    @Idempotent
    @Operation(summary = "Create a user")
    public Response create(NewUser user) {
        InvalidBody.require(user);
        long id = administration.create(user, user.getPassword());
        return Response.created(URI.create("users/" + id)).entity(administration.load(id)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a user's name, roles, organisation or status (send back the version you read)")
    public UserDraft update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, UserDraft user) {
        InvalidBody.require(user);
        Long version = Versions.ifMatch(ifMatch, () -> administration.load(id).getVersion(), Versions.sent(user.getVersion()));
        if (version != null) {
            user.setVersion(version);
        }
        administration.update(id, user);
        return administration.load(id);
    }
}
