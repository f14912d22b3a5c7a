package com.aftersales.crm.web.api;

import io.swagger.v3.core.filter.AbstractSpecFilter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.ws.rs.POST;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API's conventions in its OpenAPI document, written once here rather than on every method: the problem document
 * (RFC 9457) as the schema of every error answer; {@code ETag} on the answers that are one versioned record;
 * {@code If-Match} and its 412 on the changes that take it; {@code Idempotency-Key}, {@code Location} with 201, 409
 * and 422 on the creating POSTs.
 */
public class OpenApiConventions extends AbstractSpecFilter {

    static final String PROBLEM = "Problem";

    /** The schemas answered by a single versioned record (see {@link Versions#versionOf}). */
    private static final Set<String> VERSIONED = Set.of("Customer360", "CustomerDraft", "UserDraft", "CaseView", "OrderRow",
            "LineRow");

    private static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", "Malformed or out-of-range input; the fields at fault in errors (urn:crm:problem:validation)");
        ERRORS.put("401", "Not logged in (urn:crm:problem:unauthorized)");
        ERRORS.put("403", "The caller's role may not do this (urn:crm:problem:forbidden)");
        ERRORS.put("404", "Not found, or outside the caller's scope (urn:crm:problem:not-found)");
        ERRORS.put("500", "Unexpected failure (urn:crm:problem:internal)");
    }

    @Override
    public Optional<OpenAPI> filterOpenAPI(OpenAPI api, Map<String, List<String>> params, Map<String, String> cookies,
                                           Map<String, List<String>> headers) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        Set<String> idempotent = idempotentPaths();
        if (api.getPaths() != null) {
            for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
                String at = path.getKey().replaceFirst("^/api(?=/)", "");
                for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
                    describe(operation.getKey(), operation.getValue(),
                            operation.getKey() == PathItem.HttpMethod.POST && idempotent.contains(at), at.contains("{"));
                }
            }
        }
        return Optional.of(api);
    }

    private static void describe(PathItem.HttpMethod method, Operation operation, boolean creates, boolean oneRecord) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        ApiResponse success = responses.getDefault();
        if (success != null) {
            // the reader files the method's own answer as "default"; it is the success, the errors are listed below
            responses.remove(ApiResponses.DEFAULT);
            responses.putIfAbsent(creates ? "201" : "200", success.description(creates ? "Created" : "OK"));
        }
        boolean ifMatch = false;
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("header".equals(parameter.getIn()) && "If-Match".equalsIgnoreCase(parameter.getName())) {
                    ifMatch = true;
                    parameter.setDescription("The ETag read (\"3\"): the change is refused (412) when the record has "
                            + "changed since, or when the body's version is another; without it the body's version applies");
                }
            }
        }
        if (method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.PUT) {
            ApiResponse ok = responses.get("200");
            if (ok != null && versioned(ok)) {
                ok.addHeaderObject("ETag", new Header().description("The record's version as a strong entity tag "
                        + "(\"3\"): send it back in If-Match").schema(new StringSchema()));
            }
        }
        if (creates) {
            operation.addParametersItem(new HeaderParameter().name(Idempotent.HEADER).required(false)
                    .description("A key of the caller's (1-255 visible ASCII characters, e.g. a UUID): a retry with the "
                            + "same key and body creates nothing and gets the first answer again; kept for the hours of "
                            + "the policy api.idempotency-key-hours").schema(new StringSchema().maxLength(255)));
            ApiResponse created = responses.get("201");
            if (created == null) {
                created = new ApiResponse().description("Created");
                responses.addApiResponse("201", created);
            }
            created.addHeaderObject("Location", new Header().description("The address of what was created (GET it)")
                    .schema(new StringSchema().format("uri")));
            created.addHeaderObject(Idempotent.REPLAYED, new Header()
                    .description("true when this is the kept answer of an earlier call with the same Idempotency-Key")
                    .schema(new StringSchema()));
            problem(responses, "409", "The first call with this Idempotency-Key still runs (urn:crm:problem:"
                    + "idempotency-key-in-use), or the record changed meanwhile");
            problem(responses, "422", "The Idempotency-Key was used for another request (urn:crm:problem:"
                    + "idempotency-key-reused)");
        }
        if (ifMatch) {
            problem(responses, "412", "If-Match names a version the record no longer has, or another than the body's "
                    + "(urn:crm:problem:precondition-failed)");
            problem(responses, "409", "Changed by somebody else since the version sent (urn:crm:problem:conflict), or a "
                    + "step the record's state refuses (urn:crm:problem:illegal-transition)");
        }
        for (Map.Entry<String, String> error : ERRORS.entrySet()) {
            if (!error.getKey().equals("404") || oneRecord) {
                problem(responses, error.getKey(), error.getValue());
            }
        }
    }

    private static boolean versioned(ApiResponse ok) {
        if (ok.getContent() == null) {
            return false;
        }
        return ok.getContent().values().stream().map(MediaType::getSchema).anyMatch(schema -> schema != null
                && schema.get$ref() != null && VERSIONED.contains(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)));
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status)) {
            return;
        }
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                .addMediaType(ApiError.PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> field = new ObjectSchema().description("A field (or header) at fault")
                .addProperty("field", new StringSchema().example("customerId"))
                .addProperty("code", new StringSchema().description("The message key, for programs"))
                .addProperty("message", new StringSchema().description("Why, in the caller's language"));
        Schema<?> transition = new ObjectSchema().description("The refused step of an illegal-transition problem, as codes")
                .addProperty("subject", new StringSchema()).addProperty("from", new StringSchema())
                .addProperty("action", new StringSchema());
        return new ObjectSchema().description("An RFC 9457 problem document (application/problem+json); words in the "
                        + "caller's language (Accept-Language, Chinese by default)")
                .addProperty("type", new StringSchema().format("uri").example("urn:crm:problem:validation")
                        .description("The kind of problem, a stable URI"))
                .addProperty("title", new StringSchema().description("The kind of problem in words"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().description("This occurrence in words"))
                .addProperty("instance", new StringSchema().description("The path asked").example("/crm/api/cases/12"))
                .addProperty("errors", new ArraySchema().items(field).description("The fields at fault"))
                .addProperty("error", new StringSchema().description("The kind as a word (invalid, not_found …), as "
                        + "before problem documents"))
                .addProperty("code", new StringSchema().description("The message key of detail"))
                .addProperty("message", new StringSchema().description("= detail (kept for earlier clients)"))
                .addProperty("fields", new ArraySchema().items(field).description("= errors (kept for earlier clients)"))
                .addProperty("transition", transition)
                .required(List.of("type", "title", "status"));
    }

    /** The paths ({@code /customers/{id}/installations}) of the POSTs marked {@link Idempotent}. */
    static Set<String> idempotentPaths() {
        Set<String> paths = new HashSet<>();
        for (Class<?> resource : new RestApplication().getClasses()) {
            jakarta.ws.rs.Path root = resource.getAnnotation(jakarta.ws.rs.Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                if (method.isAnnotationPresent(Idempotent.class) && method.isAnnotationPresent(POST.class)) {
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    paths.add(join(root.value(), sub == null ? "" : sub.value()));
                }
            }
        }
        return paths;
    }

    private static String join(String root, String sub) {
        String path = "/" + trim(root) + (trim(sub).isEmpty() ? "" : "/" + trim(sub));
        return path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
    }

    private static String trim(String segment) {
        return segment.replaceAll("^/+|/+$", "");
    }
}
