package vn.gov.haiphong.lgsp.cluster;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL driver's notification API ({@code PGConnection.getNotifications(int)}), reached by
 * reflection on the pooled connection's physical connection. Why not a module dependency on
 * {@code org.postgresql}: with the driver visible to the deployment, Hibernate's PostgreSQL dialect
 * switches to JDBC types that its own module cannot load (NoClassDefFoundError: PGobject).
 */
final class PgNotifications {

    private final Object connection;
    private final Method getNotifications;

    private PgNotifications(Object connection, Method getNotifications) {
        this.connection = connection;
        this.getNotifications = getNotifications;
    }

    /** For a connection of the server's pool (IronJacamar wraps the driver's connection). */
    static PgNotifications of(Connection pooled) throws SQLException {
        try {
            Object physical = pooled;
            try {
                physical = publicMethod(pooled.getClass(), "getUnderlyingConnection").invoke(pooled);
            } catch (NoSuchMethodException e) {
                // not wrapped: the driver's own connection
            }
            return new PgNotifications(physical, publicMethod(physical.getClass(), "getNotifications", int.class));
        } catch (ReflectiveOperationException e) {
            throw new SQLException("not a PostgreSQL connection: " + pooled.getClass(), e);
        }
    }

    /** The method as declared by a public class or interface, so that it may be invoked from here. */
    private static Method publicMethod(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
                try {
                    return c.getMethod(name, parameters);
                } catch (NoSuchMethodException e) {
                    // look further up
                }
            }
            for (Class<?> i : c.getInterfaces()) {
                try {
                    return i.getMethod(name, parameters);
                } catch (NoSuchMethodException e) {
                    // another interface
                }
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name);
    }

    /** The payloads received, waiting up to {@code millis} for the first. */
    List<String> await(int millis) throws SQLException {
        try {
            Object[] received = (Object[]) getNotifications.invoke(connection, millis);
            List<String> payloads = new ArrayList<>();
            if (received != null) {
                for (Object notification : received) {
                    payloads.add((String) publicMethod(notification.getClass(), "getParameter").invoke(notification));
                }
            }
            return payloads;
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new SQLException(e);
        }
    }
}
