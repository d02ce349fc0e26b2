package vn.gov.haiphong.lgsp.common.jdbc;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The PostgreSQL driver's own API (notifications, {@code COPY}) on a connection of the server's pool, reached
 * by reflection on the physical connection. Why not a module dependency on {@code org.postgresql}: with the
 * driver visible to the deployment, Hibernate's PostgreSQL dialect switches to JDBC types that its own module
 * cannot load (NoClassDefFoundError: PGobject).
 */
public final class PgDriver {

    private PgDriver() {
    }

    /** The driver's connection under the pool's wrapper (IronJacamar), or the connection itself. */
    public static Object physical(Connection pooled) throws SQLException {
        try {
            return publicMethod(pooled.getClass(), "getUnderlyingConnection").invoke(pooled);
        } catch (NoSuchMethodException e) {
            return pooled; // not wrapped: the driver's own connection
        } catch (ReflectiveOperationException e) {
            throw new SQLException("not a pooled connection: " + pooled.getClass(), e);
        }
    }

    /**
     * {@code COPY … FROM STDIN} of {@code rows} (in the format the statement names; see {@link CopyText}) on the
     * connection's current transaction: {@code CopyManager.copyIn(String, InputStream)}.
     */
    public static long copyIn(Connection pooled, String copy, byte[] rows) throws SQLException {
        Object physical = physical(pooled);
        try {
            Object copyApi = call(publicMethod(physical.getClass(), "getCopyAPI"), physical);
            Method copyIn = publicMethod(copyApi.getClass(), "copyIn", String.class, InputStream.class);
            return (Long) call(copyIn, copyApi, copy, new ByteArrayInputStream(rows));
        } catch (NoSuchMethodException e) {
            throw new SQLException("not a PostgreSQL connection: " + physical.getClass(), e);
        }
    }

    /** Calls a method of the driver's public API, unwrapping what it threw. */
    public static Object call(Method method, Object target, Object... arguments) throws SQLException {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new SQLException(e);
        }
    }

    /** The method as declared by a public class or interface, so that it may be invoked from here. */
    public static Method publicMethod(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (Modifier.isPublic(c.getModifiers())) {
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
}
