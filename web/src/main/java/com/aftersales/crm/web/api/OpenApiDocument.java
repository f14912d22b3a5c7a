package com.aftersales.crm.web.api;

import io.swagger.v3.jaxrs2.integration.resources.OpenApiResource;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;

import java.util.List;

/**
 * The API's OpenAPI document (/api/openapi.json or .yaml), for any logged-in user. Jersey's WADL resource, which the
 * scan finds on the class path although it is off (404), is left out: the document lists what answers. The API's
 * conventions (problem documents, ETag, If-Match, Idempotency-Key, Location) are added by {@link OpenApiConventions}.
 */
@Path("/openapi.{type:json|yaml}")
@PermitAll
public class OpenApiDocument extends OpenApiResource {

    public OpenApiDocument() {
        setOpenApiConfiguration(new SwaggerConfiguration()
                .ignoredRoutes(List.of("/application.wadl", "/api/application.wadl"))
                .filterClass(OpenApiConventions.class.getName()));
    }
}
