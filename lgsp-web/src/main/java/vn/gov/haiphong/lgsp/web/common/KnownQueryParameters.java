package vn.gov.haiphong.lgsp.web.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * Refuses a query parameter the matched operation does not declare, on every REST resource: 400
 * {@code invalid-parameter} naming it and listing the allowed ones. A misspelt filter ({@code ?form=} for
 * {@code ?from=}) must not silently widen an answer. The allowed names are the operation's {@code @QueryParam}s,
 * directly or in a {@code @BeanParam}, read once per method; nothing has to be declared twice. Runs after
 * authorization (an anonymous caller still gets 401) and before the resource.
 */
@Provider
@Priority(Priorities.USER + 10)
public class KnownQueryParameters implements ContainerRequestFilter {

    private static final Map<Method, List<String>> ALLOWED = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        List<String> allowed = ALLOWED.computeIfAbsent(method, KnownQueryParameters::declared);
        Set<String> unknown = new TreeSet<>(request.getUriInfo().getQueryParameters().keySet());
        allowed.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, unknown.iterator().next(), allowed.isEmpty()
                    ? "this operation takes no query parameter" : "not a parameter here; allowed: "
                    + String.join(", ", allowed));
        }
    }

    /** The query parameters a resource method reads, in declaration order. */
    static List<String> declared(Method method) {
        List<String> names = new ArrayList<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                }
            }
        }
        for (int i = 0; i < method.getParameterCount(); i++) {
            if (method.getParameters()[i].isAnnotationPresent(BeanParam.class)) {
                names.addAll(beanParameters(method.getParameterTypes()[i]));
            }
        }
        return List.copyOf(names);
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
