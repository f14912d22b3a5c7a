package com.aftersales.crm.web.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;
import java.util.Set;

/** The REST API. Its classes are listed, not scanned: nothing is exposed by accident. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "After-sales service CRM API", version = "1"),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer"),
                @SecurityRequirement(name = "apiKey")})
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
// an API client's key (crm_<keyid>_<secret>, see /api-clients), as a bearer token or in the X-Api-Key header
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "crm_<keyid>_<secret>",
        description = "An API client's key; the client acts with its one role and organisation, rate limited (429 with Retry-After)")
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, paramName = "X-Api-Key",
        description = "The same API client key in a header of its own")
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                RoleCheck.class, ErrorMappers.Unexpected.class, ErrorMappers.WebApplication.class,
                ErrorMappers.Invalid.class, ErrorMappers.Violations.class, ErrorMappers.Denied.class,
                ErrorMappers.Missing.class, ErrorMappers.Conflict.class, ErrorMappers.Illegal.class, ErrorMappers.Ejb.class,
                OpenApiDocument.class, HealthResource.class, MeResource.class, UserResource.class, CustomerResource.class,
                EmptyBodyAsNull.Reader.class, StrictJson.class, JsonBinding.class, CaseResource.class, DispatchOrderResource.class,
                CalendarResource.class, BatchResource.class, ClockPauseResource.class, ChargebackResource.class,
                Versions.class, Idempotent.Filter.class, ApiClientResource.class, FollowUpResource.class);
    }

    /** Jersey's generated WADL (application.wadl) off: the API is described by the OpenAPI document, behind login. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
