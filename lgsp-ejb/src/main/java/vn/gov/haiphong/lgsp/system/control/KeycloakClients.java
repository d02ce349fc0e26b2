package vn.gov.haiphong.lgsp.system.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.RolesRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.util.JsonSerialization;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Roles;

/**
 * The service-account clients of information systems (tài khoản kết nối của hệ thống thông tin), kept in Keycloak
 * through Keycloak's admin client as the realm's {@code lgsp-platform} client, which holds only realm-management's
 * client and user roles. One admin client lives as long as the application: its token manager keeps the admin
 * token and asks for a new one only shortly before it expires. It runs on the server's own RESTEasy client
 * (connect and read timeouts, so a hung Keycloak fails the call instead of holding it). A new client gets the realm's LGSP scopes, the
 * {@code system} role and its agency's code, so its tokens look like every other system's.
 *
 * <p>The admin client's secret ({@code lgsp.keycloak.admin-client-secret}) has no default: without it the node
 * starts, says at start which property to set ({@link AdminSecretCheck}), and connecting or cancelling a system
 * answers {@link ErrorCode#IDENTITY_ADMIN_NOT_CONFIGURED}.
 */
@ApplicationScoped
public class KeycloakClients {

    /** The realm scopes every system's tokens carry (audience, agency claim, roles). */
    static final List<String> SYSTEM_SCOPES = List.of("lgsp-api-audience", "lgsp-agency", "lgsp-roles", "basic");

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(KeycloakClients.class.getName());

    @Inject
    @ConfigProperty(name = "lgsp.oidc.provider-url", defaultValue = "http://127.0.0.1:8280/realms/lgsp")
    String providerUrl;

    @Inject
    @ConfigProperty(name = "lgsp.keycloak.admin-client-id", defaultValue = "lgsp-platform")
    String adminClientId;

    @Inject
    @ConfigProperty(name = AdminSecretCheck.PROPERTY)
    Optional<String> adminClientSecret;

    private Keycloak admin;
    private String realm;

    @PostConstruct
    void open() {
        Optional<String> secret = adminClientSecret.map(String::strip).filter(s -> !s.isEmpty());
        if (secret.isEmpty()) {
            return;
        }
        RealmUrl url = RealmUrl.parse(providerUrl);
        realm = url.realm();
        Client http = ResteasyClientClassicProvider.createClientBuilder()
                .connectTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .register(JacksonProvider.class, 100)
                .build();
        admin = KeycloakBuilder.builder().serverUrl(url.server()).realm(realm).resteasyClient(http)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(adminClientId).clientSecret(secret.get())
                .build();
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close();
        }
    }

    /** Creates the system's client and returns its secret — the only time anyone sees it. */
    public String create(String clientId, String name, String agencyCode) {
        RealmResource realm = realm();
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(name);
        client.setEnabled(true);
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(true);
        client.setDefaultClientScopes(SYSTEM_SCOPES);
        String id = call("create client " + clientId, () -> {
            try (Response created = realm.clients().create(client)) {
                return CreatedResponseUtil.getCreatedId(created);
            }
        });
        ClientResource created = realm.clients().get(id);
        UserRepresentation account = call("service account of " + clientId, created::getServiceAccountUser);
        account.setAttributes(Map.of("agency_code", List.of(agencyCode)));
        UserResource user = realm.users().get(account.getId());
        call("agency of " + clientId, () -> {
            user.update(account);
            return null;
        });
        RoleRepresentation system = call("role " + Roles.SYSTEM, () -> realm.roles().get(Roles.SYSTEM).toRepresentation());
        call("role of " + clientId, () -> {
            user.roles().realmLevel().add(List.of(system));
            return null;
        });
        return call("secret of " + clientId, () -> created.getSecret().getValue());
    }

    /** Disables the client: its secret no longer gets tokens, and tokens already issued expire. */
    public void disable(String clientId) {
        RealmResource realm = realm();
        for (ClientRepresentation client : call("find " + clientId, () -> realm.clients().findByClientId(clientId))) {
            client.setEnabled(false);
            call("disable " + clientId, () -> {
                realm.clients().get(client.getId()).update(client);
                return null;
            });
        }
    }

    /**
     * The realm's configuration for a backup: its settings, client scopes, clients (without secrets), realm and
     * client roles, and groups — read with the view rights the admin client holds (Keycloak's own partial export
     * needs {@code manage-realm}, which the platform is not given). No users: they are in Keycloak's database.
     * Empty when no admin client is configured.
     */
    public Optional<String> realmExport() {
        if (admin == null) {
            return Optional.empty();
        }
        RealmResource resource = realm();
        RealmRepresentation exported = call("read realm " + realm, resource::toRepresentation);
        exported.setClientScopes(call("read client scopes", () -> resource.clientScopes().findAll()));
        List<ClientRepresentation> clients = call("read clients", () -> resource.clients().findAll());
        RolesRepresentation roles = new RolesRepresentation();
        roles.setRealm(call("read realm roles", () -> resource.roles().list()));
        Map<String, List<RoleRepresentation>> clientRoles = new TreeMap<>();
        for (ClientRepresentation client : clients) {
            client.setSecret(null);
            List<RoleRepresentation> own = call("read roles of " + client.getClientId(),
                    () -> resource.clients().get(client.getId()).roles().list());
            if (!own.isEmpty()) {
                clientRoles.put(client.getClientId(), own);
            }
        }
        roles.setClient(clientRoles);
        exported.setClients(clients);
        exported.setRoles(roles);
        exported.setGroups(call("read groups", () -> resource.groups().groups()));
        try {
            return Optional.of(JsonSerialization.writeValueAsPrettyString(exported));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private RealmResource realm() {
        if (admin == null) {
            throw new LgspException(ErrorCode.IDENTITY_ADMIN_NOT_CONFIGURED, AdminSecretCheck.PROPERTY);
        }
        return admin.realm(realm);
    }

    /** One admin call; Keycloak refusing or unreachable is the platform's fault, logged with what was asked. */
    private static <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            LOG.warning(() -> "Keycloak: " + what + " answered " + e.getResponse().getStatus());
            throw new LgspException(ErrorCode.SERVICE_UNAVAILABLE);
        } catch (ProcessingException e) {
            LOG.warning(() -> "Keycloak unreachable (" + what + "): " + e);
            throw new LgspException(ErrorCode.SERVICE_UNAVAILABLE);
        }
    }

    /** A realm's URL ({@code http://host:port/realms/lgsp}) as the admin client wants it: server and realm name. */
    record RealmUrl(String server, String realm) {

        static RealmUrl parse(String providerUrl) {
            URI url = URI.create(providerUrl.endsWith("/") ? providerUrl.substring(0, providerUrl.length() - 1) : providerUrl);
            String path = url.getPath();
            int at = path.lastIndexOf("/realms/");
            if (at < 0 || path.indexOf('/', at + "/realms/".length()) >= 0) {
                throw new IllegalArgumentException("lgsp.oidc.provider-url is not a Keycloak realm URL: " + providerUrl);
            }
            String server = url.getScheme() + "://" + url.getRawAuthority() + path.substring(0, at);
            return new RealmUrl(server, path.substring(at + "/realms/".length()));
        }
    }
}
