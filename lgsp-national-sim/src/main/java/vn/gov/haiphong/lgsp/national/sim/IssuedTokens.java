package vn.gov.haiphong.lgsp.national.sim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens the simulated instance issued: opaque random strings, each bound to the member that asked for
 * it and valid until it expires. Kept in memory: the simulator is one node, and a restart logging its callers out
 * is what a real token endpoint's key rotation would do too.
 */
@ApplicationScoped
public class IssuedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();

    @Inject
    SimulatorSettings settings;

    /** A member's identity inside the instance ({@code memberClass/memberCode/subsystemCode}) and its token's end. */
    public record Issued(String clientId, Instant expires) {
    }

    public String issue(String clientId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        tokens.values().removeIf(t -> t.expires().isBefore(now));
        tokens.put(token, new Issued(clientId, now.plus(settings.tokenLifetime())));
        return token;
    }

    /** Whose a bearer token is, if it was issued here and has not expired. */
    public Optional<Issued> holder(String token) {
        Issued issued = token == null ? null : tokens.get(token);
        return issued == null || issued.expires().isBefore(Instant.now()) ? Optional.empty() : Optional.of(issued);
    }
}
