package vn.gov.haiphong.lgsp.web.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * Refuses a query parameter the matched operation does not declare, on every REST resource: 400
 * {@code invalid-parameter} naming it and listing the allowed ones. A misspelt filter ({@code ?form=} for
 * {@code ?from=}) must not silently widen an answer. The allowed names are the operation's {@code @QueryParam}s,
 * directly or in a {@code @BeanParam}, read once per method; nothing has to be declared twice. Likewise a value
 * outside the closed set a parameter documents ({@code @Parameter(schema = @Schema(enumeration = …))}, compared
 * without regard to case) is refused listing the allowed values: the OpenAPI document and the check are one
 * declaration. Runs after authorization (an anonymous caller still gets 401) and before the resource.
 */
@Provider
@Priority(Priorities.USER + 10)
public class KnownQueryParameters implements ContainerRequestFilter {

    private static final Map<Method, Declared> DECLARED = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Declared declared = DECLARED.computeIfAbsent(method, KnownQueryParameters::declared);
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        Set<String> unknown = new TreeSet<>(query.keySet());
        declared.names().forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, unknown.iterator().next(), declared.names().isEmpty()
                    ? "this operation takes no query parameter" : "not a parameter here; allowed: "
                    + String.join(", ", declared.names()));
        }
        declared.values().forEach((name, allowed) -> {
            for (String value : query.getOrDefault(name, List.of())) {
                if (!value.isBlank() && allowed.stream().noneMatch(a -> a.equalsIgnoreCase(value.strip()))) {
                    throw new LgspException(ErrorCode.INVALID_PARAMETER, name, "allowed: " + String.join(", ", allowed));
                }
            }
        });
    }

    /**
     * What an operation declares of its query.
     *
     * @param names  its query parameters, in declaration order
     * @param values for a parameter with a closed set of values, that set
     */
    record Declared(List<String> names, Map<String, List<String>> values) {
    }

    /** The query parameters a resource method reads, in declaration order, with their closed sets of values. */
    static Declared declared(Method method) {
        List<String> names = new ArrayList<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            String name = null;
            List<String> enumeration = List.of();
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    name = query.value();
                } else if (annotation instanceof Parameter documented) {
                    enumeration = List.of(documented.schema().enumeration());
                }
            }
            if (name != null) {
                names.add(name);
                if (!enumeration.isEmpty()) {
                    values.put(name, enumeration);
                }
            }
        }
        for (int i = 0; i < method.getParameterCount(); i++) {
            if (method.getParameters()[i].isAnnotationPresent(BeanParam.class)) {
                names.addAll(beanParameters(method.getParameterTypes()[i]));
            }
        }
        return new Declared(List.copyOf(names), Map.copyOf(values));
    }

    private static List<String> beanParameters(Class<?> bean) {
        List<String> names = new ArrayList<>();
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (query != null) {
                    names.add(query.value());
                }
            }
        }
        return names;
    }
}
