package com.aftersales.crm.web.api;

import io.swagger.v3.jaxrs2.integration.resources.OpenApiResource;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;

/** The API's OpenAPI document (/api/openapi.json or .yaml), for any logged-in user. */
@Path("/openapi.{type:json|yaml}")
@PermitAll
public class OpenApiDocument extends OpenApiResource {
}
