package vn.gov.haiphong.lgsp.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One thread per node holding a connection that {@code LISTEN}s on {@link CacheChanges#CHANNEL} and
 * turns each notification into a {@link CacheChanged} event. While it is not listening, {@link
 * ListeningState#isListening()} is false and caches must not be trusted; on (re)connecting it announces
 * {@link CacheChanged#EVERYTHING}, since it cannot know what it missed.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CacheChangeListener {

    private static final Logger LOG = Logger.getLogger(CacheChangeListener.class.getName());
    private static final int WAIT_MS = 1000;
    private static final int PING_EVERY = 15;

    @Resource(lookup = "java:jboss/datasources/LgspDS")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Event<CacheChanged> events;

    @Inject
    ListeningState state;

    private volatile boolean running;
    private Thread thread;

    @PostConstruct
    void start() {
        running = true;
        thread = threads.newThread(this::listen);
        thread.setName("lgsp-cache-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        thread.interrupt();
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CacheChanges.CHANNEL);
                PgNotifications notifications = PgNotifications.of(connection);
                state.set(true);
                events.fire(new CacheChanged(CacheChanged.EVERYTHING));
                LOG.info("Listening for cache changes on " + CacheChanges.CHANNEL);
                int idle = 0;
                while (running) {
                    List<String> received = notifications.await(WAIT_MS);
                    if (!received.isEmpty()) {
                        idle = 0;
                        received.forEach(topic -> events.fire(new CacheChanged(topic)));
                    } else if (++idle % PING_EVERY == 0) {
                        statement.execute("SELECT 1"); // a dead connection shows here
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "Cache-change listener lost its connection; caches bypassed until it is back: "
                            + e.getMessage());
                }
            } finally {
                if (state.isListening()) {
                    state.set(false);
                    events.fire(new CacheChanged(CacheChanged.EVERYTHING));
                }
            }
            pause();
        }
    }

    private void pause() {
        try {
            Thread.sleep(WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
