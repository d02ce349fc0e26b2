package vn.gov.haiphong.lgsp.cluster;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether this node receives cache notifications now, so that what it cached can be trusted. Set by the
 * {@link CacheChangeListener}; read by every cache on its hot path — a field read through a CDI proxy,
 * not an EJB invocation, and so also safe on an I/O thread.
 */
@ApplicationScoped
public class ListeningState {

    private volatile boolean listening;

    public boolean isListening() {
        return listening;
    }

    void set(boolean listening) {
        this.listening = listening;
    }
}
