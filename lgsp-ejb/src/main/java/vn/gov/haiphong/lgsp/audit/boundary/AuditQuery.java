package vn.gov.haiphong.lgsp.audit.boundary;

import java.time.Instant;

/**
 * What an audit search selects; each part is optional (null: any).
 *
 * @param from            entries at or after this instant
 * @param to              entries before this instant
 * @param actor           the actor's subject or user name
 * @param entityType      one of the types {@code docs/api.md} lists (the REST filter refuses others)
 * @param entityKey       exactly this key ({@code H24.08}, {@code dan-toc/2})
 * @param entityKeyPrefix keys starting with this ({@code H24.08} finds the agency and its systems' keys)
 * @param agency          whose records (an agency admin: only their own)
 */
public record AuditQuery(Instant from, Instant to, String actor, String entityType, String entityKey,
                         String entityKeyPrefix, String agency) {

    /** Bounds used for an open end of the time range (a bound rather than null: one plan for every query). */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");
}
