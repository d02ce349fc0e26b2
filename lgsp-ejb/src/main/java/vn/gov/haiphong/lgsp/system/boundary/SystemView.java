package vn.gov.haiphong.lgsp.system.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * An information system as callers see it. {@code blockers} says, as error codes, why the system
 * may not be connected, given access rights or publish services now (empty when it may).
 */
public record SystemView(String identifier, String agencyCode, String systemCode, String name, String purpose,
                         InformationSystem.DataKind dataKind, List<String> baseUrls, String contactName,
                         String contactEmail, String contactPhone, Integer securityLevel,
                         InformationSystem.SecurityStatus securityStatus, String securityDecisionNumber,
                         LocalDate securityDecisionDate, LocalDate securityValidUntil, String securityApprover, String securityDocumentRef,
                         String securityRefusalReason, InformationSystem.ConnectionStatus connectionStatus,
                         String clientId, Instant suspendedAt, String suspensionReason, List<String> blockers,
                         int version) {
}
