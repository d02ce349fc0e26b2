package vn.gov.haiphong.lgsp.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.web.common.Problems;

/**
 * Enforces what each endpoint declares, before its body is read: {@code @PermitAll} passes,
 * {@code @RolesAllowed} needs an authenticated caller in one of the roles (401 with
 * {@code WWW-Authenticate: Bearer} when anonymous, 403 otherwise), anything else is refused.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class EndpointAuthorizationFilter implements ContainerRequestFilter {

    static final String CHALLENGE = "Bearer realm=\"lgsp\"";

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Access access = Access.of(resource.getResourceMethod());
        if (access.permitAll()) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        boolean anonymous = security == null || security.getUserPrincipal() == null;
        if (anonymous && access.roles().length > 0) {
            request.abortWith(refusal(request, ErrorCode.AUTHENTICATION_REQUIRED));
            return;
        }
        if (anonymous || Arrays.stream(access.roles()).noneMatch(security::isUserInRole)) {
            request.abortWith(refusal(request, ErrorCode.ACCESS_DENIED));
        }
    }

    private static Response refusal(ContainerRequestContext request, ErrorCode code) {
        Response response = Problems.response(new LgspException(code),
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), request.getUriInfo().getPath());
        return code == ErrorCode.AUTHENTICATION_REQUIRED
                ? Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build()
                : response;
    }

    /**
     * What a resource method declares, the method's own annotation winning over its class's.
     *
     * @param permitAll anyone may call
     * @param roles     callers in any of these roles may call; empty with {@code permitAll} false: nobody
     */
    record Access(boolean permitAll, String[] roles) {

        private static final Access NOBODY = new Access(false, new String[0]);

        static Access of(Method method) {
            Access declared = declaredOn(method);
            if (declared == null) {
                declared = declaredOn((AnnotatedElement) method.getDeclaringClass());
            }
            return declared == null ? NOBODY : declared;
        }

        /** Whether the method or its class states who may call it. */
        static boolean isDeclared(Method method) {
            return declaredOn(method) != null || declaredOn((AnnotatedElement) method.getDeclaringClass()) != null;
        }

        private static Access declaredOn(AnnotatedElement element) {
            if (element == null) {
                return null;
            }
            if (element.isAnnotationPresent(DenyAll.class)) {
                return NOBODY;
            }
            if (element.isAnnotationPresent(PermitAll.class)) {
                return new Access(true, new String[0]);
            }
            RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
            return roles == null ? null : new Access(false, roles.value());
        }
    }
}
