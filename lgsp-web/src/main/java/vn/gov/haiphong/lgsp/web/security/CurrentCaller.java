package vn.gov.haiphong.lgsp.web.security;

import jakarta.enterprise.context.RequestScoped;
import vn.gov.haiphong.lgsp.common.security.Caller;

/** The caller of the current REST request, set once by {@link EndpointAuthorizationFilter}. */
@RequestScoped
public class CurrentCaller {

    private Caller caller = Caller.ANONYMOUS;

    public Caller get() {
        return caller;
    }

    void set(Caller caller) {
        this.caller = caller;
    }
}
