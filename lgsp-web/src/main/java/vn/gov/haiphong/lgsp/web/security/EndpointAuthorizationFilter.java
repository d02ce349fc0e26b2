package vn.gov.haiphong.lgsp.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.wildfly.security.http.oidc.OidcPrincipal;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.common.security.TokenClaims;
import vn.gov.haiphong.lgsp.web.common.Problems;

/**
 * Enforces what each endpoint declares, before its body is read: {@code @PermitAll} passes,
 * {@code @RolesAllowed} needs an authenticated caller in one of the roles ({@code "**"}: any
 * authenticated caller) — 401 with {@code WWW-Authenticate: Bearer} when there is no valid token,
 * 403 otherwise — and anything else is refused. The container (elytron-oidc-client) has validated
 * the bearer token before this runs: a request whose token failed arrives without a principal. Credentials sent
 * twice never get here ({@code http.CredentialGuard}).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class EndpointAuthorizationFilter implements ContainerRequestFilter {

    public static final String CHALLENGE = "Bearer realm=\"lgsp\"";

    public static final String INVALID_TOKEN_CHALLENGE = CHALLENGE + ", error=\"invalid_token\"";

    /** RFC 6750 §3.1: the request carries credentials more than once or in an unsupported place. */
    public static final String INVALID_REQUEST_CHALLENGE = CHALLENGE + ", error=\"invalid_request\"";

    @Context
    ResourceInfo resource;

    @Inject
    CurrentCaller current;

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = caller(request);
        current.set(caller);
        Access access = Access.of(resource.getResourceMethod());
        if (access.permitAll()) {
            return;
        }
        if (!caller.isAuthenticated() && access.roles().length > 0) {
            request.abortWith(unauthenticated(request));
            return;
        }
        boolean allowed = Arrays.stream(access.roles())
                .anyMatch(role -> role.equals(Roles.ANY_AUTHENTICATED) || caller.has(role));
        if (!allowed) {
            request.abortWith(refusal(request, ErrorCode.ACCESS_DENIED, null));
        }
    }

    /**
     * The caller the container authenticated: the claims of the token elytron-oidc-client verified, read from its
     * security context — never from a header, which may hold something else than what was verified. Anonymous
     * when the container authenticated nobody.
     */
    private static Caller caller(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        if (security != null && security.getUserPrincipal() instanceof OidcPrincipal<?> principal
                && principal.getOidcSecurityContext() != null && principal.getOidcSecurityContext().getToken() != null) {
            return TokenClaims.caller(principal.getOidcSecurityContext().getToken()::getClaimValue);
        }
        return Caller.ANONYMOUS;
    }

    /**
     * Why a caller without a verified token is refused: no credentials, a token that failed, or HTTP Basic —
     * which only the SOAP services take (legacy systems), so the answer says so rather than calling it a bad token.
     */
    private static Response unauthenticated(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return refusal(request, ErrorCode.AUTHENTICATION_REQUIRED, CHALLENGE);
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return refusal(request, ErrorCode.BASIC_ON_SOAP_ONLY, CHALLENGE);
        }
        return refusal(request, ErrorCode.INVALID_TOKEN, INVALID_TOKEN_CHALLENGE);
    }

    private static Response refusal(ContainerRequestContext request, ErrorCode code, String challenge) {
        Response response = Problems.response(new LgspException(code),
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), request.getUriInfo().getPath());
        return challenge == null ? response
                : Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
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
