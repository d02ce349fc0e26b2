package vn.gov.haiphong.lgsp.web.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document with the errors every operation can answer, so that resources
 * only declare their own: each error response gets the problem+json body, every operation the
 * generic 400/401/403/406/500 (every operation needs a token), operations with a body 413/415.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Map<String, String> COMMON = Map.of(
            "400", "Yêu cầu không hợp lệ / Bad request",
            "406", "Không có định dạng phù hợp / Not acceptable",
            "500", "Lỗi hệ thống, có mã sự cố / Internal error with an incident id");
    private static final Map<String, String> WITH_BODY = Map.of(
            "413", "Nội dung quá lớn / Payload too large",
            "415", "Kiểu nội dung không được hỗ trợ / Unsupported media type");
    private static final Map<String, String> PROTECTED = Map.of(
            "401", "Chưa xác thực / Authentication required (WWW-Authenticate: Bearer)",
            "403", "Không có quyền / Access denied");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        addMissing(responses, COMMON);
        if (operation.getRequestBody() != null) {
            addMissing(responses, WITH_BODY);
        }
        addMissing(responses, PROTECTED);
        responses.getAPIResponses().forEach((status, response) -> {
            if (!status.startsWith("2") && !status.startsWith("3") && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
        return operation;
    }

    private static void addMissing(APIResponses responses, Map<String, String> statuses) {
        statuses.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                APIResponse response = OASFactory.createAPIResponse().description(description);
                responses.addAPIResponse(status, response);
            }
        });
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
