package com.aftersales.crm.web.api;

import com.aftersales.crm.calendar.boundary.CalendarAdministration;
import com.aftersales.crm.calendar.entity.CalendarYearRow;
import com.aftersales.crm.calendar.entity.NoticeDay;
import com.aftersales.crm.security.entity.Duty;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The working-day calendar (工作日历) for integrations, admin only: the years entered, one year's holiday notice in the
 * holiday-cn form ({@code year}, {@code days[]} with {@code name}, {@code date}, {@code isOffDay}), and a year's notice
 * replaced — as that JSON, or as text, one day a line ({@code 2027-01-01 元旦 休}). The notice is saved whole or not at
 * all; a bad line is a 400 whose message names it (for the JSON form, the n-th entry of {@code days[]} is line n).
 */
@Path("calendar")
@RequestScoped
@Allowed(Duty.ADMINISTRATION)
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    CalendarAdministration administration;

    @GET
    @Operation(summary = "The years whose holiday notice is entered, newest first")
    public List<CalendarYearRow> years() {
        return administration.years();
    }

    @GET
    @Path("{year}")
    @Operation(summary = "One year's holiday notice (holiday-cn form); 404 when the year is not entered")
    public JsonObject get(@PathParam("year") int year) {
        JsonArrayBuilder days = Json.createArrayBuilder();
        for (NoticeDay day : administration.days(year)) {
            days.add(Json.createObjectBuilder().add("name", day.name()).add("date", day.date().toString())
                    .add("isOffDay", day.offDay()));
        }
        return Json.createObjectBuilder().add("year", year).add("days", days).build();
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the year's holiday notice with this one (holiday-cn JSON)")
    public JsonObject replace(@PathParam("year") int year, JsonObject notice) {
        InvalidBody.require(notice);
        administration.replace(year, notice.toString());
        return get(year);
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Replace the year's holiday notice with this one (text: date, holiday, 休 or 班, one day a line)")
    public JsonObject replace(@PathParam("year") int year, String notice) {
        administration.replace(year, notice);
        return get(year);
    }
}
