package vn.gov.haiphong.lgsp.federation.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.cluster.CacheChanged;
import vn.gov.haiphong.lgsp.cluster.CacheChanges;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.federation.control.PeerClient;
import vn.gov.haiphong.lgsp.federation.control.PeerEntry;
import vn.gov.haiphong.lgsp.federation.control.PeerServiceNames;
import vn.gov.haiphong.lgsp.federation.control.PeerTokens;
import vn.gov.haiphong.lgsp.federation.entity.Peer;
import vn.gov.haiphong.lgsp.federation.entity.PeerService;
import vn.gov.haiphong.lgsp.gateway.control.XRoadInstance;
import vn.gov.haiphong.lgsp.schema.NativeValues;
import vn.gov.haiphong.lgsp.security.control.OutboundPolicy;
import vn.gov.haiphong.lgsp.system.boundary.InformationSystems;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * National peers, kept by the authority and the operator (Quy chế Đ.2.3, Đ.6.2): their configuration, their
 * catalogs fetched on demand, and city systems' rights to their services — granted here directly, or by the approval
 * of an access request ({@code AccessRequests}) through the same path. Every change is audited and announced to
 * every node's gateway ({@link CacheChanged#PEERS}). Everyone authenticated may read a peer's catalog — discovering
 * national services is what city systems need it for; the configuration and the rights are the oversight roles'.
 */
@Stateless
public class Peers {

    static final String ENTITY = "peer";
    static final String RIGHT_ENTITY = "peer-right";
    private static final Pattern INSTANCE = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern MEMBER_PART = Pattern.compile("[A-Za-z0-9.-]{1,64}");
    private static final Pattern SECRET_PROPERTY = Pattern.compile("lgsp\\.peer\\.[a-z0-9.-]{1,200}");

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    OutboundPolicy outbound;

    @Inject
    Config config;

    @Inject
    XRoadInstance xroad;

    @Inject
    PeerClient client;

    @Inject
    PeerTokens tokens;

    @EJB
    AdminAuditLog audit;

    @EJB
    CacheChanges cacheChanges;

    @EJB
    InformationSystems systems;

    public List<PeerView> all(Caller caller) {
        requireReader(caller);
        return em.createNamedQuery(Peer.ALL, Peer.class).getResultList().stream().map(this::view).toList();
    }

    public PeerView get(Caller caller, String instance) {
        requireReader(caller);
        return view(load(instance));
    }

    /** Creates or replaces the peer's configuration. */
    public PeerView put(Caller caller, String instance, PeerDraft draft) {
        requireKeeper(caller);
        validate(instance, draft);
        Peer peer = em.find(Peer.class, instance);
        PeerView before = peer == null ? null : view(peer);
        Instant now = Instant.now();
        boolean created = peer == null;
        if (created) {
            peer = new Peer(instance, caller.name(), now);
        }
        peer.configure(draft.baseUrl().strip(), draft.memberClass().strip(), draft.memberCode().strip(),
                draft.subsystemCode().strip(), stripped(draft.tokenUrl()), stripped(draft.clientId()),
                stripped(draft.secretProperty()), draft.timeoutMs(), draft.enabled(), caller.name(), now);
        peer.tls(stripped(draft.keystorePath()), stripped(draft.keystorePasswordProperty()),
                stripped(draft.truststorePath()), stripped(draft.truststorePasswordProperty()));
        if (created) {
            em.persist(peer);
        }
        PeerView after = view(peer);
        audit.record(caller, before == null ? "CREATE" : "UPDATE", ENTITY, instance, null, before, after);
        cacheChanges.announce(CacheChanged.PEERS);
        return after;
    }

    /** Removes the peer, its catalog and every right to its services. */
    public void delete(Caller caller, String instance) {
        requireKeeper(caller);
        Peer peer = load(instance);
        PeerView before = view(peer);
        em.remove(peer);
        audit.record(caller, "DELETE", ENTITY, instance, null, before, null);
        cacheChanges.announce(CacheChanged.PEERS);
    }

    /**
     * Fetches the peer's catalog now: its clients ({@code listClients}), then each one's services
     * ({@code listMethods}). A service no longer listed is kept unlisted, with its rights.
     */
    public List<PeerServiceView> refreshCatalog(Caller caller, String instance) {
        requireKeeper(caller);
        Peer peer = load(instance);
        Instant now = Instant.now();
        List<JsonObject> methods;
        try {
            methods = fetchCatalog(PeerEntry.of(peer));
        } catch (IOException | JsonException | ClassCastException | NullPointerException e) {
            // the peer's failure or an answer not in X-Road's shape: said as such, nothing changed
            throw LgspException.invalid(List.of(FieldViolation.of("instance", "peer.catalog.failed", instance,
                    e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
        Set<Long> listed = new HashSet<>();
        for (JsonObject method : methods) {
            listed.add(keep(instance, method, now).getId());
        }
        for (PeerService s : services(instance)) {
            if (!listed.contains(s.getId())) {
                s.unlisted();
            }
        }
        peer.catalogFetched(now);
        audit.record(caller, "REFRESH_CATALOG", ENTITY, instance, null, null, listed.size() + " services listed");
        cacheChanges.announce(CacheChanged.PEERS);
        return services(instance).stream().map(Peers::view).toList();
    }

    /** The services of every subsystem of the peer's own instance that its {@code listClients} names. */
    private List<JsonObject> fetchCatalog(PeerEntry peer) throws IOException {
        String token = tokens.token(peer);
        JsonObject clients = client.metadata(peer, peer.baseUrl() + "/r1/listClients", token);
        List<JsonObject> methods = new ArrayList<>();
        for (JsonValue member : clients.getJsonArray("member")) {
            JsonObject id = member.asJsonObject().getJsonObject("id");
            if (!"SUBSYSTEM".equals(id.getString("object_type", ""))
                    || !peer.instance().equals(id.getString("xroad_instance", ""))) {
                continue;
            }
            String provider = String.join("/", peer.instance(), id.getString("member_class"),
                    id.getString("member_code"), id.getString("subsystem_code"));
            JsonObject listed = client.metadata(peer, peer.baseUrl() + "/r1/" + provider + "/listMethods", token);
            for (JsonValue method : listed.getJsonArray("service")) {
                JsonObject m = method.asJsonObject();
                for (String key : List.of("member_class", "member_code", "subsystem_code", "service_code")) {
                    m.getString(key); // each listed service names itself whole, or the answer is not X-Road's
                }
                methods.add(m);
            }
        }
        return methods;
    }

    /** A page of the peer's catalog as last fetched: readable by everyone authenticated, to discover national services. */
    public Page<PeerServiceView> catalog(Caller caller, String instance, PageRequest page) {
        if (!caller.isAuthenticated()) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        load(instance);
        List<PeerServiceView> services = em.createNamedQuery(PeerService.OF_PEER, PeerService.class)
                .setParameter("instance", instance).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(Peers::view).toList();
        long total = em.createNamedQuery(PeerService.COUNT_OF_PEER, Long.class).setParameter("instance", instance)
                .getSingleResult();
        return new Page<>(services, page.page(), page.size(), total);
    }

    public PeerRightView grant(Caller caller, String instance, PeerRightDraft draft) {
        requireKeeper(caller);
        load(instance);
        if (draft == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("body", "field.required")));
        }
        List<FieldViolation> violations = new ArrayList<>(FieldViolation.of(validator.validate(draft)));
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        PeerService service = services(instance).stream().filter(s -> s.name().equals(draft.service().strip()))
                .findFirst().orElseThrow(() -> new LgspException(ErrorCode.SERVICE_NOT_FOUND, draft.service()));
        SystemId id = SystemId.parse(draft.system()).orElseThrow(() -> LgspException.invalid(
                List.of(FieldViolation.of("system", "access.system.invalid"))));
        return record(caller, service, systems.load(id.agencyCode(), id.systemCode()), draft.validUntil());
    }

    /**
     * The right an approved access request gives: granted as {@link #grant} grants it (the same row, audit and
     * announcement). The caller is one who decides access requests ({@code AccessDeciders}), a subset of the keepers.
     *
     * @param service the service as the peer's catalog names it; a service no longer kept is not found
     */
    public PeerRightView grantRequested(Caller caller, String service, InformationSystem consumer, Instant validUntil) {
        requireKeeper(caller);
        PeerService kept = kept(service).orElseThrow(() -> new LgspException(ErrorCode.SERVICE_NOT_FOUND, service));
        return record(caller, kept, consumer, validUntil);
    }

    /**
     * Whether {@code name} ({@code NDXP/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan}) is a service a configured peer's catalog
     * lists now — what a city system may request access to.
     */
    public boolean lists(String name) {
        return kept(name).filter(PeerService::isListed).isPresent();
    }

    /** The kept service of that name: its first part names the peer. */
    private Optional<PeerService> kept(String name) {
        if (!PeerServiceNames.isNational(name)) {
            return Optional.empty();
        }
        String wanted = name.strip();
        String instance = wanted.substring(0, wanted.indexOf('/'));
        return em.find(Peer.class, instance) == null ? Optional.empty()
                : services(instance).stream().filter(s -> s.name().equals(wanted)).findFirst();
    }

    /** Grants or renews the right, one per service and system; audited and announced to every gateway. */
    private PeerRightView record(Caller caller, PeerService service, InformationSystem consumer, Instant validUntil) {
        String instance = service.getInstanceCode();
        String system = consumer.identifier();
        Instant now = Instant.now();
        em.createNativeQuery("INSERT INTO peer_service_right (peer_service_id, system_id, valid_until, granted_by,"
                        + " granted_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (peer_service_id, system_id)"
                        + " DO UPDATE SET valid_until = EXCLUDED.valid_until, granted_by = EXCLUDED.granted_by,"
                        + " granted_at = EXCLUDED.granted_at")
                .setParameter(1, service.getId()).setParameter(2, consumer.getId())
                .setParameter(3, validUntil).setParameter(4, caller.name()).setParameter(5, now)
                .executeUpdate();
        PeerRightView granted = rights(instance).stream()
                .filter(r -> r.service().equals(service.name()) && r.system().equals(system)).findFirst()
                .orElseThrow();
        audit.record(caller, "GRANT", RIGHT_ENTITY, instance + ":" + granted.id(), consumer.getAgency().getCode(), null,
                granted);
        cacheChanges.announce(CacheChanged.PEERS);
        return granted;
    }

    /** A page of the rights to the peer's services, in the order granted. */
    public Page<PeerRightView> rights(Caller caller, String instance, PageRequest page) {
        requireReader(caller);
        load(instance);
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM peer_service_right r"
                        + " JOIN peer_service p ON p.id = r.peer_service_id WHERE p.instance_code = ?1")
                .setParameter(1, instance).getSingleResult()).longValue();
        return new Page<>(rights(instance, page.offset(), page.size()), page.page(), page.size(), total);
    }

    public void revoke(Caller caller, String instance, long rightId) {
        requireKeeper(caller);
        PeerRightView right = rights(instance).stream().filter(r -> r.id() == rightId).findFirst()
                .orElseThrow(() -> new LgspException(ErrorCode.ACCESS_RIGHT_NOT_FOUND, rightId));
        em.createNativeQuery("DELETE FROM peer_service_right WHERE id = ?1").setParameter(1, rightId).executeUpdate();
        audit.record(caller, "REVOKE", RIGHT_ENTITY, instance + ":" + rightId,
                right.system().substring(0, right.system().indexOf('/')), right, null);
        cacheChanges.announce(CacheChanged.PEERS);
    }

    private PeerService keep(String instance, JsonObject method, Instant now) {
        String memberClass = method.getString("member_class");
        String memberCode = method.getString("member_code");
        String subsystemCode = method.getString("subsystem_code");
        String serviceCode = method.getString("service_code");
        String name = String.join("/", instance, memberClass, memberCode, subsystemCode, serviceCode);
        PeerService service = services(instance).stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
        boolean created = service == null;
        if (created) {
            service = new PeerService(instance, memberClass, memberCode, subsystemCode, serviceCode);
        }
        List<String> endpoints = new ArrayList<>();
        if (method.containsKey("endpoint_list")) {
            for (JsonValue e : method.getJsonArray("endpoint_list")) {
                JsonObject endpoint = e.asJsonObject();
                endpoints.add(endpoint.getString("method", "*") + " " + endpoint.getString("path", "/"));
            }
        }
        service.listed(method.getString("service_type", "OPENAPI"), method.getString("title", null),
                String.join("\n", endpoints), now);
        if (created) {
            em.persist(service);
        }
        return service;
    }

    private List<PeerService> services(String instance) {
        return em.createNamedQuery(PeerService.OF_PEER, PeerService.class).setParameter("instance", instance)
                .getResultList();
    }

    private List<PeerRightView> rights(String instance) {
        return rights(instance, 0, Integer.MAX_VALUE);
    }

    @SuppressWarnings("unchecked")
    private List<PeerRightView> rights(String instance, int offset, int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, p.instance_code || '/' || p.member_class || '/'"
                        + " || p.member_code || '/' || p.subsystem_code || '/' || p.service_code, a.code || '/' || s.system_code,"
                        + " r.valid_until, r.granted_by, r.granted_at FROM peer_service_right r"
                        + " JOIN peer_service p ON p.id = r.peer_service_id"
                        + " JOIN information_system s ON s.id = r.system_id JOIN agency a ON a.id = s.agency_id"
                        + " WHERE p.instance_code = ?1 ORDER BY r.id")
                .setParameter(1, instance).setFirstResult(offset).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new PeerRightView(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                NativeValues.instant(r[3]), (String) r[4], NativeValues.instant(r[5]))).toList();
    }

    private Peer load(String instance) {
        Peer peer = instance == null ? null : em.find(Peer.class, instance);
        if (peer == null) {
            throw new LgspException(ErrorCode.PEER_NOT_FOUND, instance);
        }
        return peer;
    }

    private void validate(String instance, PeerDraft draft) {
        if (draft == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("body", "field.required")));
        }
        List<FieldViolation> violations = new ArrayList<>(FieldViolation.of(validator.validate(draft)));
        if (instance == null || !INSTANCE.matcher(instance).matches() || instance.equals(xroad.instance())) {
            violations.add(FieldViolation.of("instance", "peer.instance.invalid"));
        }
        url("baseUrl", draft.baseUrl(), violations);
        url("tokenUrl", draft.tokenUrl(), violations);
        for (String[] part : Arrays.asList(new String[] {"memberClass", draft.memberClass()},
                new String[] {"memberCode", draft.memberCode()}, new String[] {"subsystemCode", draft.subsystemCode()})) {
            if (part[1] != null && !part[1].isBlank() && !MEMBER_PART.matcher(part[1].strip()).matches()) {
                violations.add(FieldViolation.of(part[0], "peer.member.invalid"));
            }
        }
        property("secretProperty", draft.secretProperty(), violations);
        property("keystorePasswordProperty", draft.keystorePasswordProperty(), violations);
        property("truststorePasswordProperty", draft.truststorePasswordProperty(), violations);
        file("keystorePath", draft.keystorePath(), violations);
        file("truststorePath", draft.truststorePath(), violations);
        authentication(draft, violations);
        if (draft.timeoutMs() != null && (draft.timeoutMs() < 100 || draft.timeoutMs() > 120000)) {
            violations.add(FieldViolation.of("timeoutMs", "peer.timeout.invalid"));
        }
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
    }

    /**
     * A peer is reached with a token (its endpoint, client id and secret property, all three), a client certificate
     * (a key store and its password property), or both; a truststore's password property needs its truststore.
     */
    private static void authentication(PeerDraft draft, List<FieldViolation> violations) {
        boolean token = stripped(draft.tokenUrl()) != null;
        boolean keystore = stripped(draft.keystorePath()) != null;
        for (String[] part : Arrays.asList(new String[] {"tokenUrl", draft.tokenUrl()},
                new String[] {"clientId", draft.clientId()}, new String[] {"secretProperty", draft.secretProperty()})) {
            if ((token || !keystore) != (stripped(part[1]) != null)) {
                violations.add(FieldViolation.of(part[0], token || !keystore ? "field.required" : "peer.token.partial"));
            }
        }
        if (keystore != (stripped(draft.keystorePasswordProperty()) != null)) {
            violations.add(FieldViolation.of(keystore ? "keystorePasswordProperty" : "keystorePath", "field.required"));
        }
        if (stripped(draft.truststorePasswordProperty()) != null && stripped(draft.truststorePath()) == null) {
            violations.add(FieldViolation.of("truststorePath", "field.required"));
        }
    }

    /** The name of a configuration property holding a secret: one of the peers' own ({@code lgsp.peer.…}). */
    private static void property(String field, String value, List<FieldViolation> violations) {
        if (value != null && !value.isBlank() && !SECRET_PROPERTY.matcher(value.strip()).matches()) {
            violations.add(FieldViolation.of(field, "peer.secret-property.invalid"));
        }
    }

    /** A key store's or truststore's file on the server: an absolute path. */
    private static void file(String field, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            if (!java.nio.file.Path.of(value.strip()).isAbsolute()) {
                violations.add(FieldViolation.of(field, "peer.file.invalid"));
            }
        } catch (java.nio.file.InvalidPathException e) {
            violations.add(FieldViolation.of(field, "peer.file.invalid"));
        }
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void url(String field, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return;
        }
        URI uri;
        try {
            uri = URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(FieldViolation.of(field, "peer.url.invalid"));
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            violations.add(FieldViolation.of(field, "peer.url.invalid"));
            return;
        }
        try {
            outbound.check(value.strip());
        } catch (OutboundPolicy.Refused e) {
            violations.add(FieldViolation.of(field, "peer.url.refused"));
        }
    }

    private static void requireKeeper(Caller caller) {
        if (!caller.has(Roles.AUTHORITY) && !caller.has(Roles.OPERATOR)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
    }

    private static void requireReader(Caller caller) {
        if (!caller.has(Roles.AUTHORITY) && !caller.has(Roles.OPERATOR) && !caller.has(Roles.AUDITOR)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
    }

    private PeerView view(Peer p) {
        return new PeerView(p.getInstanceCode(), p.getBaseUrl(), p.ownClient(), p.getMemberClass(), p.getMemberCode(),
                p.getSubsystemCode(), p.getTokenUrl(), p.getClientId(), p.getSecretProperty(),
                configured(p.getSecretProperty()), p.getTimeoutMs(), p.isEnabled(), p.getCatalogFetchedAt(),
                p.getUpdatedBy(), p.getUpdatedAt(), p.getKeystorePath(), p.getKeystorePasswordProperty(),
                configured(p.getKeystorePasswordProperty()), p.getTruststorePath(), p.getTruststorePasswordProperty());
    }

    /** Whether the property is set on this node (its value is never shown). */
    private boolean configured(String property) {
        return property != null && config.getOptionalValue(property, String.class).isPresent();
    }

    private static PeerServiceView view(PeerService s) {
        return new PeerServiceView(s.name(), s.provider(), s.getServiceCode(), s.getServiceType(), s.getTitle(),
                s.getEndpoints().isEmpty() ? List.of() : List.of(s.getEndpoints().split("\n")), s.isListed(),
                s.getFetchedAt());
    }
}
