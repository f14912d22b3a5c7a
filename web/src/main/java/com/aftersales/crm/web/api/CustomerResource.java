package com.aftersales.crm.web.api;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.customer.boundary.CustomerDraft;
import com.aftersales.crm.customer.boundary.CustomerRow;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.installation.boundary.InstallationDraft;
import com.aftersales.crm.installation.boundary.InstallationView;
import com.aftersales.crm.installation.boundary.Customer360;
import com.aftersales.crm.installation.boundary.Installations;
import com.aftersales.crm.shared.NotFound;
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

/**
 * Customers and their installations. Dealers and providers read only their own customers (others are 404,
 * whatever id is sent); head-office staff read and write all.
 */
@Path("customers")
@RequestScoped
@Allowed(Duty.CUSTOMER_SERVICE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    /** A page of results; {@code total} stops counting above {@link Customers#COUNT_CAP}. */
    public record Page(long total, boolean capped, List<CustomerRow> rows) {
    }

    @Inject
    Customers customers;

    @Inject
    Installations installations;

    @GET
    @Operation(summary = "Search: phone fragment or last digits, name prefix, warranty card number or address fragment")
    public Page search(@QueryParam("q") String query, @QueryParam("first") @DefaultValue("0") int first,
                       @QueryParam("max") @DefaultValue("20") int max, @QueryParam("sort") @DefaultValue("name") String sort) {
        CaseResource.requirePage(first, max, 500);
        long total = customers.count(query);
        return new Page(Math.min(total, Customers.COUNT_CAP), total > Customers.COUNT_CAP, customers.search(query, first, max, sort, true));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The customer 360: record, installations with warranty, latest timeline")
    public Customer360 get(@PathParam("id") long id) {
        return installations.view360(id);
    }

    @GET
    @Path("{id}/draft")
    @Operation(summary = "The customer as an editor starts from, with its version (send it back with PUT)")
    public CustomerDraft draft(@PathParam("id") long id) {
        return customers.load(id);
    }

    @POST
    @Idempotent
    @Allowed(Duty.CALL_CENTRE)
    @Operation(summary = "Create a customer (probable duplicates: GET duplicates?phone=… first)")
    public Response create(CustomerDraft draft) {
        InvalidBody.require(draft);
        long id = customers.create(draft);
        return Response.created(URI.create("customers/" + id)).entity(installations.view360(id)).build();
    }

    @PUT
    @Path("{id}")
    @Allowed(Duty.CALL_CENTRE)
    @Operation(summary = "Change a customer; 409 when somebody changed it since the version sent, 412 when If-Match "
            + "names another version")
    public Customer360 update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              CustomerDraft draft) {
        InvalidBody.require(draft);
        Long version = Versions.ifMatch(ifMatch, () -> customers.load(id).getVersion(), Versions.sent(draft.getVersion()));
        if (version != null) {
            draft.setVersion(version);
        }
        customers.update(id, draft);
        return installations.view360(id);
    }

    @GET
    @Path("duplicates")
    @Operation(summary = "Customers that already have one of these phone numbers")
    public List<CustomerRow> duplicates(@QueryParam("phone") List<String> phones) {
        return customers.probableDuplicates(phones, null);
    }

    @GET
    @Path("{id}/installations")
    @Operation(summary = "The customer's installation archives with their warranty today")
    public List<InstallationView> installations(@PathParam("id") long id) {
        return installations.ofCustomer(id);
    }

    @GET
    @Path("{id}/installations/{installationId}")
    @Operation(summary = "One installation archive of the customer with its warranty today")
    public InstallationView installation(@PathParam("id") long id, @PathParam("installationId") long installationId) {
        return installations.ofCustomer(id).stream().filter(i -> i.id() == installationId).findFirst()
                .orElseThrow(() -> new NotFound("installation " + installationId));
    }

    @POST
    @Idempotent
    @Path("{id}/installations")
    @Allowed(Duty.CALL_CENTRE)
    @Operation(summary = "Record an installation archive for the customer")
    public Response recordInstallation(@PathParam("id") long id, InstallationDraft draft) {
        InvalidBody.require(draft);
        long installationId = installations.record(id, draft);
        return Response.created(URI.create("customers/" + id + "/installations/" + installationId))
                .entity(installations.ofCustomer(id)).build();
    }
}
