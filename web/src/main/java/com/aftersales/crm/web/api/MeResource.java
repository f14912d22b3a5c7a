package com.aftersales.crm.web.api;

import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Who the API thinks the caller is. */
@Path("me")
@RequestScoped
@PermitAll
public class MeResource {

    public record Me(String username, String displayName, List<String> roles, Long dealerId, Long providerId, String locale) {
    }

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The logged-in user, its roles and organisation")
    public Me me() {
        UserPrincipal p = caller.require();
        return new Me(p.username(), p.displayName(), p.roles().stream().sorted().map(Role::roleName).toList(),
                p.dealerId(), p.providerId(), p.locale());
    }
}
