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
 * and how slow its "slow" citizen answers.
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
