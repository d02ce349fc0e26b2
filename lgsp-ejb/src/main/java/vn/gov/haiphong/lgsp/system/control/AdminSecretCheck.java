package vn.gov.haiphong.lgsp.system.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the Keycloak admin client secret ({@code lgsp.keycloak.admin-client-secret}) at start. A node whose
 * secret is one the repository publishes in its realm files does not start, unless it runs the demo
 * ({@code lgsp.demo-data.enabled}): that client creates and disables clients and users in the realm, so a
 * production node must never run with a secret anyone can read on the internet. The secret has no default: a
 * node without one starts, says at start which property to set, and refuses only what needs the admin client
 * (connecting and cancelling systems, {@link KeycloakClients}).
 */
@Singleton
@Startup
public class AdminSecretCheck {

    /** Every client secret in the repository's realm files (the demo realm and the tests' additions). */
    static final Set<String> SHIPPED = Set.of("demo-secret-lgsp-platform", "demo-secret-his", "demo-secret-dat-dai",
            "demo-secret-ho-tich", "demo-secret-mot-cua", "demo-secret-peer-ndxp", "lgsp-api-not-used",
            "other-app-secret", "short-lived-secret", "intruder-secret", "event-reader-secret");

    /** The setting that holds the secret of the Keycloak client {@code lgsp-platform}. */
    public static final String PROPERTY = "lgsp.keycloak.admin-client-secret";

    /** What a node without the secret says at start. */
    static final String MISSING = PROPERTY + " is not set: systems cannot be connected or cancelled until it holds"
            + " the secret of the Keycloak client lgsp-platform (set it, or LGSP_KEYCLOAK_ADMIN_CLIENT_SECRET,"
            + " and restart). Everything else works.";

    private static final Logger LOG = Logger.getLogger(AdminSecretCheck.class.getName());

    @Inject
    @ConfigProperty(name = PROPERTY)
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "lgsp.demo-data.enabled", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void check() {
        Optional<String> configured = secret.map(String::strip).filter(s -> !s.isEmpty());
        if (configured.isEmpty()) {
            LOG.warning(MISSING);
            return;
        }
        refusal(configured.get(), demo).ifPresent(why -> {
            LOG.severe(why);
            throw new IllegalStateException(why);
        });
    }

    /** Why a node with this secret must not start, if it must not. */
    static Optional<String> refusal(String secret, boolean demo) {
        if (demo || !SHIPPED.contains(secret.strip())) {
            return Optional.empty();
        }
        return Optional.of(PROPERTY + " is a demo secret published in the repository's realm"
                + " files; set the secret of the Keycloak client lgsp-platform (LGSP_KEYCLOAK_ADMIN_CLIENT_SECRET),"
                + " or lgsp.demo-data.enabled=true for a demo. The platform does not start.");
    }
}
