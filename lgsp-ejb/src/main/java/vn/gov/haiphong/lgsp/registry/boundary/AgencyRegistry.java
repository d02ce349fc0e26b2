package vn.gov.haiphong.lgsp.registry.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.common.text.VietnameseText;
import vn.gov.haiphong.lgsp.registry.control.AgencyCodes;
import vn.gov.haiphong.lgsp.registry.entity.Agency;
import vn.gov.haiphong.lgsp.registry.entity.AgencyKind;
import vn.gov.haiphong.lgsp.registry.entity.AgencyStatus;

/**
 * The agency registry (đăng ký cơ quan, đơn vị): the only entry for reading and changing agencies.
 * Every write validates the whole draft first and changes nothing when any field is wrong, decides
 * here — not only at the edge — whether the caller may make it, and records it in the admin audit
 * in the same transaction. The operator registers and edits any agency; an agency admin may update
 * only the contact details (e-mail, phone) of their own agency (token claim {@code agency_code}).
 */
@Stateless
public class AgencyRegistry {

    /** Matches no row: a listing under an unknown parent is empty. */
    private static final long NO_AGENCY = -1L;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @EJB
    AdminAuditLog audit;

    static final String ENTITY = "agency";

    public AgencyView get(String code) {
        return AgencyView.of(load(requireValidCode(code)));
    }

    /** Whether a code has been issued (in any status); answers without raising for unknown codes. */
    public boolean isRegistered(String code) {
        return AgencyCodes.isValid(code) && findByCode(code).isPresent();
    }

    public Page<AgencyView> find(AgencyQuery query, PageRequest page) {
        Long parentId = query.parentCode() == null || query.parentCode().isBlank()
                ? null : findByCode(requireValidCode(query.parentCode())).map(Agency::getId).orElse(NO_AGENCY);
        AgencyStatus status = query.status() == null || query.status().isBlank()
                ? null : parseEnum(AgencyStatus.class, query.status(), "status", "agency.status.invalid");
        String text = VietnameseText.clean(query.text());
        String pattern = text == null ? null : VietnameseText.containsWordsPattern(text);
        List<Agency> items = em.createNamedQuery(Agency.SEARCH, Agency.class)
                .setParameter("parentId", parentId)
                .setParameter("status", status)
                .setParameter("pattern", pattern)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createNamedQuery(Agency.COUNT, Long.class)
                .setParameter("parentId", parentId)
                .setParameter("status", status)
                .setParameter("pattern", pattern)
                .getSingleResult();
        return new Page<>(items.stream().map(AgencyView::of).toList(), page.page(), page.size(), total);
    }

    /** Registers a new agency under the parent its code names; operator only. */
    public AgencyView register(Caller caller, AgencyDraft draft) {
        if (!caller.has(Roles.OPERATOR)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        Valid valid = validate(draft, null);
        if (findByCode(valid.code).isPresent()) {
            throw new LgspException(ErrorCode.AGENCY_EXISTS, valid.code);
        }
        Agency parent = AgencyCodes.parentOf(valid.code)
                .map(parentCode -> findByCode(parentCode).orElseThrow(
                        () -> new LgspException(ErrorCode.PARENT_AGENCY_NOT_FOUND, valid.code, parentCode)))
                .orElse(null);
        Agency agency = new Agency(valid.code, parent);
        valid.applyTo(agency);
        em.persist(agency);
        flushOr(ErrorCode.AGENCY_EXISTS, valid.code);
        AgencyView created = AgencyView.of(agency);
        audit.record(caller, "REGISTER", ENTITY, created.code(), created.code(), null, created);
        return created;
    }

    /**
     * Replaces the descriptive fields of an agency. The code is permanent (a new one is issued on
     * organisational change), so a body naming another code is refused.
     *
     * @param expectedVersion the version the caller last read, or {@code null} to skip the check
     */
    public AgencyView update(Caller caller, String code, AgencyDraft draft, Integer expectedVersion) {
        boolean ownAgency = caller.has(Roles.AGENCY_ADMIN) && code != null && code.equals(caller.agencyCode());
        if (!caller.has(Roles.OPERATOR) && !ownAgency) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        Agency agency = load(requireValidCode(code));
        Valid valid = validate(draft, code);
        AgencyView before = AgencyView.of(agency);
        if (!caller.has(Roles.OPERATOR) && !valid.keepsOfficialDetailsOf(before)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        if (expectedVersion != null && expectedVersion != agency.getVersion()) {
            throw new LgspException(ErrorCode.CONCURRENT_UPDATE, code);
        }
        valid.applyTo(agency);
        flushOr(ErrorCode.CONCURRENT_UPDATE, code);
        AgencyView after = AgencyView.of(agency);
        if (after.version() != before.version()) {
            audit.record(caller, "UPDATE", ENTITY, code, code, before, after);
        }
        return after;
    }

    private Agency load(String code) {
        return findByCode(code).orElseThrow(() -> new LgspException(ErrorCode.AGENCY_NOT_FOUND, code));
    }

    private Optional<Agency> findByCode(String code) {
        return em.createNamedQuery(Agency.FIND_BY_CODE, Agency.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    private static String requireValidCode(String code) {
        if (!AgencyCodes.isValid(code)) {
            throw new LgspException(ErrorCode.INVALID_AGENCY_CODE, code);
        }
        return code;
    }

    /** Flushes now so that a database refusal becomes a clear error inside this transaction. */
    private void flushOr(ErrorCode code, Object arg) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new LgspException(code, arg);
        }
    }

    private Valid validate(AgencyDraft draft, String pathCode) {
        if (draft == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("body", "field.required")));
        }
        List<FieldViolation> violations = new ArrayList<>();
        for (ConstraintViolation<AgencyDraft> v : validator.validate(draft)) {
            Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
            Object[] args = attributes.containsKey("max") ? new Object[] {attributes.get("max")} : new Object[0];
            violations.add(FieldViolation.of(v.getPropertyPath().toString(), v.getMessageTemplate(), args));
        }
        String code = draft.code() == null ? null : draft.code().strip();
        if (code != null && !code.isEmpty() && !AgencyCodes.isValid(code)) {
            violations.add(FieldViolation.of("code", "agency.code.invalid"));
        }
        if (pathCode != null && code != null && !code.isEmpty() && !code.equals(pathCode)) {
            violations.add(FieldViolation.of("code", "agency.code.mismatch", code, pathCode));
        }
        String phone = normalisePhone(draft.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            violations.add(FieldViolation.of("phone", "agency.phone.invalid"));
        }
        AgencyKind kind = parseOptional(AgencyKind.class, draft.kind(), "kind", "agency.kind.invalid", violations);
        AgencyStatus status = parseOptional(AgencyStatus.class, draft.status(), "status", "agency.status.invalid",
                violations);
        if (status == AgencyStatus.RETIRED) {
            violations.add(FieldViolation.of("status", "agency.status.retired-by-lifecycle"));
        }
        if (!violations.isEmpty()) {
            violations.sort((a, b) -> a.field().compareTo(b.field()));
            throw LgspException.invalid(violations);
        }
        return new Valid(code, draft, kind, status == null ? AgencyStatus.ACTIVE : status, phone);
    }

    /** Spaces, dots and dashes are how people write numbers, not part of them. */
    private static String normalisePhone(String phone) {
        return phone == null || phone.isBlank() ? null : phone.replaceAll("[ .\\-]", "");
    }

    private static <E extends Enum<E>> E parseOptional(Class<E> type, String text, String field, String key,
                                                       List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            violations.add(FieldViolation.of(field, key, Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String field, String key) {
        List<FieldViolation> violations = new ArrayList<>();
        E value = parseOptional(type, text, field, key, violations);
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        return value;
    }

    /** A draft that passed validation, normalised for storage (NFC, trimmed, phone digits only). */
    private record Valid(String code, AgencyDraft draft, AgencyKind kind, AgencyStatus status, String phone) {

        /** Name, short name, kind and status are the operator's to change; contacts are the agency's. */
        boolean keepsOfficialDetailsOf(AgencyView current) {
            return Objects.equals(VietnameseText.clean(draft.name()), current.name())
                    && Objects.equals(VietnameseText.clean(draft.shortName()), current.shortName())
                    && kind == current.kind() && status == current.status();
        }

        void applyTo(Agency agency) {
            agency.setName(VietnameseText.clean(draft.name()));
            agency.setShortName(VietnameseText.clean(draft.shortName()));
            agency.setKind(kind);
            agency.setStatus(status);
            agency.setEmail(VietnameseText.clean(draft.email()));
            agency.setPhone(phone);
            agency.setAdministrativeUnitCode(VietnameseText.clean(draft.administrativeUnitCode()));
        }
    }
}
