package vn.gov.haiphong.lgsp.national.sim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the simulated national instance is: its instance code, the members allowed to ask it for tokens (an LGSP
 * joins the national instance as a member subsystem and receives a client id and secret — the simulator's
 * {@code national.sim.clients}, {@code clientId=secret} pairs separated by commas, where the client id is the
 * member's identifier inside the instance, {@code memberClass/memberCode/subsystemCode}), how long a token lives,
 * how slow its "slow" citizen answers, and how it reaches the LGSP as a national caller ({@link OutboundCalls}): the
 * LGSP's address ({@code national.sim.lgsp.url}, default this server's), its Keycloak token endpoint
 * ({@code national.sim.lgsp.token-url}, default the realm of {@code lgsp.oidc.provider-url}) and the peer's client
 * there ({@code national.sim.lgsp.client-id}, default {@code peer-NDXP}; {@code national.sim.lgsp.secret}, a demo
 * secret by default).
 */
@ApplicationScoped
public class SimulatorSettings {

    @Inject
    @ConfigProperty(name = "national.sim.instance", defaultValue = "NDXP")
    String instance;

    @Inject
    @ConfigProperty(name = "national.sim.clients", defaultValue = "GOV/H24/lgsp=demo-secret-national")
    String clients;

    /** Members that authenticate with a TLS client certificate: {@code commonName=clientId} pairs, comma-separated. */
    @Inject
    @ConfigProperty(name = "national.sim.certificate-clients", defaultValue = "lgsp-h24=GOV/H24/lgsp")
    String certificateClients;

    @Inject
    @ConfigProperty(name = "national.sim.token-seconds", defaultValue = "300")
    long tokenSeconds;

    @Inject
    @ConfigProperty(name = "national.sim.slow-millis", defaultValue = "15000")
    long slowMillis;

    @Inject
    @ConfigProperty(name = "national.sim.lgsp.url")
    Optional<String> lgspUrl;

    @Inject
    @ConfigProperty(name = "lgsp.oidc.provider-url", defaultValue = "http://127.0.0.1:8280/realms/lgsp")
    String lgspRealm;

    @Inject
    @ConfigProperty(name = "national.sim.lgsp.token-url")
    Optional<String> lgspTokenUrl;

    @Inject
    @ConfigProperty(name = "national.sim.lgsp.client-id")
    Optional<String> lgspClientId;

    @Inject
    @ConfigProperty(name = "national.sim.lgsp.secret", defaultValue = "demo-secret-peer-ndxp")
    String lgspSecret;

    public String instance() {
        return instance;
    }

    /** The secret of a client id, if that client is a member allowed here. */
    public Optional<String> secretOf(String clientId) {
        return Optional.ofNullable(clientTable().get(clientId));
    }

    /** The client ids allowed here, in their configured order. */
    public Iterable<String> clientIds() {
        return clientTable().keySet();
    }

    /** The member a client certificate with this common name was issued to, if any. */
    public Optional<String> certificateClient(String commonName) {
        return commonName == null ? Optional.empty() : Optional.ofNullable(pairs(certificateClients).get(commonName));
    }

    public Duration tokenLifetime() {
        return Duration.ofSeconds(tokenSeconds);
    }

    public long slowMillis() {
        return slowMillis;
    }

    public Optional<String> lgspUrl() {
        return lgspUrl.map(u -> u.replaceAll("/+$", ""));
    }

    public String lgspTokenUrl() {
        return lgspTokenUrl.orElseGet(() -> lgspRealm.replaceAll("/+$", "") + "/protocol/openid-connect/token");
    }

    /** The peer's Keycloak client at the LGSP: {@code peer-} and this instance's code unless configured. */
    public String lgspClientId() {
        return lgspClientId.orElseGet(() -> "peer-" + instance);
    }

    public String lgspSecret() {
        return lgspSecret;
    }

    private Map<String, String> clientTable() {
        return pairs(clients);
    }

    private static Map<String, String> pairs(String list) {
        Map<String, String> table = new LinkedHashMap<>();
        for (String pair : list.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                table.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return table;
    }
}
