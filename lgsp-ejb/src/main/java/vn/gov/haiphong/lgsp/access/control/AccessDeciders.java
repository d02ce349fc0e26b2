package vn.gov.haiphong.lgsp.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.error.Phrase;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;

/**
 * Who grants access rights (Quy chế Đ.9.4, Đ.13.2): the authority; and the operator acting for it when
 * {@code lgsp.access.operator-decides} is true (default false). Chosen once, from configuration.
 */
@ApplicationScoped
public class AccessDeciders {

    @Inject
    @ConfigProperty(name = "lgsp.access.operator-decides", defaultValue = "false")
    boolean operatorDecides;

    protected AccessDeciders() {
    }

    public AccessDeciders(boolean operatorDecides) {
        this.operatorDecides = operatorDecides;
    }

    public boolean mayDecide(Caller caller) {
        return caller.has(Roles.AUTHORITY) || (operatorDecides && caller.has(Roles.OPERATOR));
    }

    /** Who the refusal names. */
    public Phrase who() {
        return Phrase.of(operatorDecides ? "who.authority-or-operator" : "who.authority");
    }

    /** Refuses ({@code decision-reserved}, naming the deciders and the state) unless the caller decides. */
    public void require(Caller caller, Phrase step, Phrase state) {
        if (!mayDecide(caller)) {
            throw new LgspException(ErrorCode.DECISION_RESERVED, who(), step, state);
        }
    }
}
