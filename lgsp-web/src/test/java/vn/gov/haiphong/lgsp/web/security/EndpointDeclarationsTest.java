package vn.gov.haiphong.lgsp.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Default-deny, checked at build time: every REST operation in this module states who may call it,
 * and nothing under {@code /admin} is open to everyone. Also the one listing shape: no read answers a bare array,
 * every listing is a page ({@code web.common.PageJson}).
 */
class EndpointDeclarationsTest {

    @Test
    void everyOperationDeclaresWhoMayCallIt() throws Exception {
        List<Method> operations = operations();
        assertFalse(operations.isEmpty(), "no resource classes found");
        for (Method operation : operations) {
            assertTrue(EndpointAuthorizationFilter.Access.isDeclared(operation),
                    operation + " declares neither @PermitAll nor @RolesAllowed");
        }
    }

    @Test
    void adminOperationsNeedARole() throws Exception {
        int admin = 0;
        for (Method operation : operations()) {
            if (operation.getDeclaringClass().getAnnotation(Path.class).value().startsWith("admin/")) {
                admin++;
                EndpointAuthorizationFilter.Access access = EndpointAuthorizationFilter.Access.of(operation);
                assertFalse(access.permitAll(), operation + " is open");
                assertTrue(access.roles().length > 0, operation + " names no role");
            }
        }
        assertEquals(117, admin, "admin operations found");
    }

    @Test
    void noReadAnswersABareArray() throws Exception {
        for (Method operation : operations()) {
            if (operation.isAnnotationPresent(GET.class)) {
                Class<?> answer = operation.getReturnType();
                assertFalse(Collection.class.isAssignableFrom(answer) || answer.isArray(),
                        operation + " answers a bare array; a listing answers PageJson");
            }
        }
    }

    private static List<Method> operations() throws Exception {
        java.nio.file.Path classes = Paths.get(EndpointAuthorizationFilter.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        List<Method> operations = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, EndpointDeclarationsTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    Arrays.stream(type.getDeclaredMethods())
                            .filter(m -> Arrays.stream(m.getAnnotations())
                                    .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)))
                            .forEach(operations::add);
                }
            }
        }
        return operations;
    }
}
