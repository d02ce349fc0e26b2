package vn.gov.haiphong.lgsp.web.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.calendar.boundary.HolidayDraft;
import vn.gov.haiphong.lgsp.calendar.boundary.HolidayView;
import vn.gov.haiphong.lgsp.calendar.boundary.Holidays;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * The public holidays working-day deadlines and office hours depend on: the authority and the operator keep them from
 * the Government's yearly notice; the admin roles read them.
 */
@Path("admin/v1/holidays")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "calendar-admin")
public class HolidayResource {

    @EJB
    Holidays holidays;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "listHolidays", summary = "Ngày nghỉ lễ / Public holidays", description = "Of ?year= (this year by default), in order; page, size.")
    @APIResponse(responseCode = "200", description = "A page of the year's holidays")
    @APIResponse(responseCode = "400", description = "Năm hoặc tham số không hợp lệ / Invalid year or parameter")
    public PageJson<HolidayView> list(@QueryParam("year") String year, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        PageRequest request = PageRequest.parse(page, size);
        return PageJson.of(Page.slice(holidays.ofYear(caller.get(), year), request));
    }

    @PUT
    @Path("{day}")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY})
    @Operation(operationId = "putHoliday", summary = "Ghi ngày nghỉ lễ / Record a public holiday", description = "{nameVi, nameEn} for the day "
            + "YYYY-MM-DD: recorded, or renamed. Audited.")
    @APIResponse(responseCode = "200", description = "The holiday")
    @APIResponse(responseCode = "400", description = "Ngày hoặc tên không hợp lệ / Invalid day or names")
    public HolidayView put(@PathParam("day") String day, HolidayDraft draft) {
        return holidays.put(caller.get(), day, draft);
    }

    @DELETE
    @Path("{day}")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY})
    @Operation(operationId = "deleteHoliday", summary = "Bỏ ngày nghỉ lễ / Remove a public holiday", description = "The day counts as a working day "
            + "again (if a weekday). Audited.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Không có ngày nghỉ này / No such holiday")
    public Response remove(@PathParam("day") String day) {
        holidays.remove(caller.get(), day);
        return Response.noContent().build();
    }
}
