package vn.gov.haiphong.lgsp.web.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.report.boundary.FeedbackAnswerDraft;
import vn.gov.haiphong.lgsp.report.boundary.FeedbackRoundDraft;
import vn.gov.haiphong.lgsp.report.boundary.FeedbackRoundView;
import vn.gov.haiphong.lgsp.report.boundary.FeedbackRounds;
import vn.gov.haiphong.lgsp.report.control.ReportFigures;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * Annual feedback rounds (Quy chế Đ.12.7): the authority opens one; agency admins read it and answer once for their
 * agency; the oversight roles read the results.
 */
@Path("admin/v1/feedback-rounds")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "report-admin")
public class FeedbackRoundResource {

    @EJB
    FeedbackRounds rounds;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Roles.AUTHORITY)
    @Operation(operationId = "openFeedbackRound", summary = "Mở đợt lấy ý kiến / Open a feedback round", description = "{year, title, closesOn, "
            + "questions: [{code, text, kind: RATING|TEXT}]} (1–20 questions); one round a year.")
    @APIResponse(responseCode = "201", description = "Opened; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FeedbackRoundView.class)))
    @APIResponse(responseCode = "400", description = "Dữ liệu sai / Invalid fields")
    @APIResponse(responseCode = "409", description = "Năm đã có đợt / The year has a round")
    public Response open(FeedbackRoundDraft draft) {
        FeedbackRoundView opened = rounds.open(caller.get(), draft);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(opened.id())).build())
                .entity(opened).build();
    }

    @GET
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "listFeedbackRounds", summary = "Các đợt lấy ý kiến / Feedback rounds", description = "Newest year first; for an agency admin, "
            + "whether their agency has answered. page, size.")
    @APIResponse(responseCode = "200", description = "A page of the rounds")
    @APIResponse(responseCode = "400", description = "Tham số sai / Invalid parameter")
    public PageJson<FeedbackRoundView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageJson.of(Page.slice(rounds.list(caller.get()), PageRequest.parse(page, size)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "getFeedbackRound", summary = "Một đợt lấy ý kiến / One feedback round", description = "The questionnaire and its state.")
    @APIResponse(responseCode = "200", description = "The round")
    @APIResponse(responseCode = "404", description = "Không có đợt này / No such round")
    public FeedbackRoundView get(@PathParam("id") long id) {
        return rounds.get(caller.get(), id);
    }

    @POST
    @Path("{id}/answers")
    @RolesAllowed(Roles.AGENCY_ADMIN)
    @Operation(operationId = "answerFeedbackRound", summary = "Gửi ý kiến của cơ quan / Answer for your agency", description = "{answers: {q1: 4, q2: "
            + "\"…\"}}: every RATING question 1–5, TEXT optional (≤ 2000 characters). Once per agency; refused after "
            + "the round closes.")
    @APIResponse(responseCode = "201", description = "Answered; the round",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FeedbackRoundView.class)))
    @APIResponse(responseCode = "400", description = "Câu trả lời sai / Invalid answers")
    @APIResponse(responseCode = "404", description = "Không có đợt này / No such round")
    @APIResponse(responseCode = "409", description = "Đã trả lời, đợt đã kết thúc / Answered already, round closed")
    public Response answer(@PathParam("id") long id, FeedbackAnswerDraft draft) {
        return Response.status(Response.Status.CREATED).entity(rounds.answer(caller.get(), id, draft)).build();
    }

    @GET
    @Path("{id}/results")
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR, Roles.AUDITOR})
    @Operation(operationId = "getFeedbackRoundResults", summary = "Kết quả lấy ý kiến / The round's results", description = "Agencies answered; per question "
            + "the count of each rating and the mean, or the texts by agency.")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "404", description = "Không có đợt này / No such round")
    public ReportFigures.FeedbackSummary results(@PathParam("id") long id) {
        return rounds.results(caller.get(), id);
    }
}
