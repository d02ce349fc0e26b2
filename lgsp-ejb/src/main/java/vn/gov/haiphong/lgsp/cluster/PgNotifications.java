package vn.gov.haiphong.lgsp.cluster;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.gov.haiphong.lgsp.common.jdbc.PgDriver;

/** The PostgreSQL driver's notification API ({@code PGConnection.getNotifications(int)}), see {@link PgDriver}. */
final class PgNotifications {

    private final Object connection;
    private final Method getNotifications;

    private PgNotifications(Object connection, Method getNotifications) {
        this.connection = connection;
        this.getNotifications = getNotifications;
    }

    /** For a connection of the server's pool. */
    static PgNotifications of(Connection pooled) throws SQLException {
        Object physical = PgDriver.physical(pooled);
        try {
            return new PgNotifications(physical, PgDriver.publicMethod(physical.getClass(), "getNotifications", int.class));
        } catch (NoSuchMethodException e) {
            throw new SQLException("not a PostgreSQL connection: " + physical.getClass(), e);
        }
    }

    /** The payloads received, waiting up to {@code millis} for the first. */
    List<String> await(int millis) throws SQLException {
        Object[] received = (Object[]) PgDriver.call(getNotifications, connection, millis);
        List<String> payloads = new ArrayList<>();
        if (received != null) {
            for (Object notification : received) {
                try {
                    Method parameter = PgDriver.publicMethod(notification.getClass(), "getParameter");
                    payloads.add((String) PgDriver.call(parameter, notification));
                } catch (NoSuchMethodException e) {
                    throw new SQLException(e);
                }
            }
        }
        return payloads;
    }
}
