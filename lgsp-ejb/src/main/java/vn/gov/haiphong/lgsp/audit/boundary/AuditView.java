package vn.gov.haiphong.lgsp.audit.boundary;

import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import vn.gov.haiphong.lgsp.common.JsonText;
import vn.gov.haiphong.lgsp.audit.entity.AuditEntry;

/**
 * One audit entry as readers see it; old and new values are the JSON that was recorded.
 *
 * @param actorSubject the token subject of who made the change
 * @param actorName    their user name or system id
 * @param actorRole    the role they acted in
 * @param actorAgency  their agency
 * @param agencyCode   the agency whose record changed
 */
public record AuditView(long id, Instant occurredAt, String actorSubject, String actorName, String actorRole,
                        String actorAgency, String action, String entityType, String entityKey, String agencyCode,
                        JsonValue oldValue, JsonValue newValue) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.getId(), e.getOccurredAt(), e.getActorSubject(), e.getActorName(), e.getActorRole(),
                e.getActorAgency(), e.getAction(), e.getEntityType(), e.getEntityKey(), e.getAgencyCode(),
                json(e.getOldValue()), json(e.getNewValue()));
    }

    private static JsonValue json(String text) {
        if (text == null) {
            return JsonValue.NULL;
        }
        try (var reader = JsonText.JSON.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
