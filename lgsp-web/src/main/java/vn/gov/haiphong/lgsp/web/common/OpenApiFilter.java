package vn.gov.haiphong.lgsp.web.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.web.RestApplication;

/**
 * Completes the served OpenAPI document so that any client stack can use it as it is: the errors every
 * operation can answer ({@link ProblemResponsesFilter}); the title, version and licence; the server (from
 * {@code mp.openapi.servers} when set, else the host that served the document); how to authenticate — a bearer
 * token of the realm, obtained by client credentials (systems) or authorization code (officers) at the token URL
 * of {@code lgsp.oidc.provider-url} — required by every operation; {@code page} and {@code size} typed as the
 * integers they are; path parameters in the order the path names them (generated clients take them in that
 * order); an example for each JSON request body ({@link RequestExamples}); and a schema for every response body
 * that is not JSON (documents and bytes are strings).
 */
public class OpenApiFilter implements OASFilter {

    static final String BEARER = "bearer";
    static final String OAUTH2 = "oauth2";
    /** An SPDX reference to a licence of its own (the software is the city's, under no public licence). */
    static final String LICENCE_ID = "LicenseRef-LGSP-HaiPhong";
    static final String LICENCE = "Phần mềm của UBND thành phố Hải Phòng / Software of the Hai Phong City People's Committee";
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
    private static final Map<String, Supplier<Schema>> PAGING = Map.of(
            "page", () -> OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                    .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(PageRequest.MAX_PAGE)).defaultValue(0)
                    .description("Trang, từ 0 / Page, from 0"),
            "size", () -> OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                    .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE))
                    .defaultValue(PageRequest.DEFAULT_SIZE).description("Số mục mỗi trang / Items per page"));

    private final ProblemResponsesFilter problems = new ProblemResponsesFilter();
    private final Map<String, Object> examples = RequestExamples.load();

    @Override
    public Operation filterOperation(Operation operation) {
        problems.filterOperation(operation);
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER),
                OASFactory.createSecurityRequirement().addScheme(OAUTH2)));
        exampleBody(operation);
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                opaqueBodies(response.getContent());
            }
        });
        return operation;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.QUERY && PAGING.containsKey(parameter.getName())) {
            parameter.setSchema(PAGING.get(parameter.getName()).get());
        }
        return parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        Info info = openApi.getInfo() == null ? OASFactory.createInfo() : openApi.getInfo();
        openApi.setInfo(info.title(RestApplication.TITLE).version(RestApplication.VERSION)
                .license(OASFactory.createLicense().name(LICENCE).identifier(LICENCE_ID)));
        if (openApi.getServers() == null || openApi.getServers().isEmpty()) {
            openApi.setServers(List.of(OASFactory.createServer().url("/")
                    .description("Nền tảng đã trả tài liệu này / The platform that served this document")));
        }
        Components components = openApi.getComponents() == null ? OASFactory.createComponents() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("Access token of the Keycloak realm lgsp (Authorization: Bearer …)"));
        components.addSecurityScheme(OAUTH2, oauth2(ConfigProvider.getConfig()));
        if (openApi.getPaths() != null && openApi.getPaths().getPathItems() != null) {
            openApi.getPaths().getPathItems().forEach(OpenApiFilter::pathParametersInPathOrder);
        }
    }

    private static SecurityScheme oauth2(Config config) {
        String realm = config.getOptionalValue("lgsp.oidc.provider-url", String.class)
                .orElse("http://127.0.0.1:8280/realms/lgsp");
        String endpoints = realm.replaceAll("/+$", "") + "/protocol/openid-connect";
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("The realm's token endpoint: information systems by client credentials (client id ="
                        + " the system's identifier), officers by authorization code")
                .flows(OASFactory.createOAuthFlows()
                        .clientCredentials(OASFactory.createOAuthFlow().tokenUrl(endpoints + "/token")
                                .scopes(Map.of()))
                        .authorizationCode(OASFactory.createOAuthFlow().authorizationUrl(endpoints + "/auth")
                                .tokenUrl(endpoints + "/token").scopes(Map.of())));
    }

    /** Reorders each operation's path parameters as the path names them; other parameters keep their order. */
    static void pathParametersInPathOrder(String path, PathItem item) {
        List<String> order = new ArrayList<>();
        Matcher names = TEMPLATE.matcher(path);
        while (names.find()) {
            order.add(names.group(1));
        }
        for (Operation operation : item.getOperations().values()) {
            List<Parameter> parameters = operation.getParameters();
            if (parameters == null || parameters.isEmpty()) {
                continue;
            }
            List<Parameter> sorted = new ArrayList<>(parameters);
            sorted.sort(Comparator.comparingInt(p -> p.getIn() == Parameter.In.PATH && order.contains(p.getName())
                    ? order.indexOf(p.getName()) : order.size()));
            operation.setParameters(sorted);
        }
    }

    /** A JSON request body without an example gets the operation's from {@link RequestExamples}. */
    private void exampleBody(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || !examples.containsKey(operation.getOperationId())) {
            return;
        }
        operation.getRequestBody().getContent().getMediaTypes().forEach((type, media) -> {
            if (type.contains("json") && media.getExample() == null
                    && (media.getExamples() == null || media.getExamples().isEmpty())) {
                media.setExample(examples.get(operation.getOperationId()));
            }
        });
    }

    /** A body that is not JSON and has no schema is a document or bytes: a string. */
    private static void opaqueBodies(Content content) {
        content.getMediaTypes().forEach((type, media) -> {
            if (media.getSchema() == null && !type.contains("json")) {
                Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
                media.setSchema(type.startsWith("text/") ? text : text.format("binary"));
            }
        });
    }
}
