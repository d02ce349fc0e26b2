package vn.gov.haiphong.lgsp.federation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Nền tảng ngang hàng: another X-Road instance (the national platform, {@code NDXP}), where the LGSP is the member
 * subsystem {@code memberClass/memberCode/subsystemCode} and authenticates with a client id and a secret taken from
 * the configuration property {@code secretProperty}, with a client certificate from the key store
 * {@code keystorePath}, or with both; the peer's server certificate is checked against {@code truststorePath} when one
 * is named. Passwords and secrets are read from the configuration properties named here — never stored here.
 */
@Entity
@Table(name = "peer")
@NamedQuery(name = Peer.ALL, query = "SELECT p FROM Peer p ORDER BY p.instanceCode")
public class Peer {

    public static final String ALL = "Peer.all";

    @Id
    @Column(name = "instance_code")
    private String instanceCode;

    @Column(name = "base_url", nullable = false)
    private String baseUrl;

    @Column(name = "member_class", nullable = false)
    private String memberClass;

    @Column(name = "member_code", nullable = false)
    private String memberCode;

    @Column(name = "subsystem_code", nullable = false)
    private String subsystemCode;

    @Column(name = "token_url")
    private String tokenUrl;

    @Column(name = "client_id")
    private String clientId;

    @Column(name = "secret_property")
    private String secretProperty;

    @Column(name = "keystore_path")
    private String keystorePath;

    @Column(name = "keystore_password_property")
    private String keystorePasswordProperty;

    @Column(name = "truststore_path")
    private String truststorePath;

    @Column(name = "truststore_password_property")
    private String truststorePasswordProperty;

    @Column(name = "timeout_ms", nullable = false)
    private int timeoutMs;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "catalog_fetched_at")
    private Instant catalogFetchedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Peer() {
    }

    public Peer(String instanceCode, String by, Instant at) {
        this.instanceCode = instanceCode;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Sets what the authority or the operator configured. */
    public void configure(String baseUrl, String memberClass, String memberCode, String subsystemCode, String tokenUrl,
                          String clientId, String secretProperty, int timeoutMs, boolean enabled, String by, Instant at) {
        this.baseUrl = baseUrl;
        this.memberClass = memberClass;
        this.memberCode = memberCode;
        this.subsystemCode = subsystemCode;
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.secretProperty = secretProperty;
        this.timeoutMs = timeoutMs;
        this.enabled = enabled;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Sets how the LGSP proves itself to the peer over TLS; all null: no client certificate, the default trust. */
    public void tls(String keystorePath, String keystorePasswordProperty, String truststorePath,
                    String truststorePasswordProperty) {
        this.keystorePath = keystorePath;
        this.keystorePasswordProperty = keystorePasswordProperty;
        this.truststorePath = truststorePath;
        this.truststorePasswordProperty = truststorePasswordProperty;
    }

    public void catalogFetched(Instant at) {
        this.catalogFetchedAt = at;
    }

    /** The LGSP's member subsystem at the peer, as the peer names clients: {@code NDXP/GOV/H24/lgsp}. */
    public String ownClient() {
        return instanceCode + "/" + memberClass + "/" + memberCode + "/" + subsystemCode;
    }

    public String getInstanceCode() {
        return instanceCode;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getMemberClass() {
        return memberClass;
    }

    public String getMemberCode() {
        return memberCode;
    }

    public String getSubsystemCode() {
        return subsystemCode;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public String getClientId() {
        return clientId;
    }

    public String getSecretProperty() {
        return secretProperty;
    }

    public String getKeystorePath() {
        return keystorePath;
    }

    public String getKeystorePasswordProperty() {
        return keystorePasswordProperty;
    }

    public String getTruststorePath() {
        return truststorePath;
    }

    public String getTruststorePasswordProperty() {
        return truststorePasswordProperty;
    }

    public int getTimeoutMs() {
        return timeoutMs;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCatalogFetchedAt() {
        return catalogFetchedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
