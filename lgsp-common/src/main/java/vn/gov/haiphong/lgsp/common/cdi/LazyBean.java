package vn.gov.haiphong.lgsp.common.cdi;

import java.util.function.Supplier;

/**
 * A CDI bean for an object the container does not inject (an Undertow handler, built while the deployment
 * starts, before CDI serves requests): looked up on first use, then kept. Normal-scoped beans come as
 * client proxies, so keeping the reference is safe. The lookup is the caller's own lambda, e.g.
 * {@code new LazyBean<>(() -> CDI.current().select(RestExchange.class).get())}, because CDI resolves beans
 * from the archive of the class that asks — the web module, not this library.
 */
public final class LazyBean<T> {

    private final Supplier<T> lookup;
    private volatile T bean;

    public LazyBean(Supplier<T> lookup) {
        this.lookup = lookup;
    }

    /** The bean, looked up now if nobody has yet: call it where a request's context is set up. */
    public T get() {
        T found = bean;
        if (found == null) {
            found = lookup.get();
            bean = found;
        }
        return found;
    }

    /** The bean if it was looked up already, else null: no lookup, so it may be asked on any thread. */
    public T ifLookedUp() {
        return bean;
    }
}
