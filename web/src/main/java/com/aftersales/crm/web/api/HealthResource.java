package com.aftersales.crm.web.api;

import com.aftersales.crm.platform.HealthCheck;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Liveness and database reachability, for monitoring (which logs in like any client). */
@Path("health")
@RequestScoped
@PermitAll
public class HealthResource {

    public record Health(String status, String database, String schemaVersion) {
    }

    @Inject
    HealthCheck healthCheck;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the application and its database are up")
    public Response health() {
        HealthCheck.Status status = healthCheck.check();
        Health body = new Health(status.databaseUp() ? "UP" : "DOWN", status.databaseUp() ? "UP" : "DOWN", status.schemaVersion());
        return Response.status(status.databaseUp() ? 200 : 503).entity(body).build();
    }
}
