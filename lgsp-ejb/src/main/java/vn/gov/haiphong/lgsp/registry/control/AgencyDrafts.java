package vn.gov.haiphong.lgsp.registry.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.text.VietnameseText;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyDraft;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyView;
import vn.gov.haiphong.lgsp.registry.entity.Agency;
import vn.gov.haiphong.lgsp.registry.entity.AgencyKind;
import vn.gov.haiphong.lgsp.registry.entity.AgencyStatus;

/**
 * Validates an agency draft whole (Jakarta Validation for the simple rules, the code and enum rules
 * here) and normalises it for storage: NFC, trimmed, phone digits only. Every violation is reported
 * at once, with its field.
 */
@Dependent
public class AgencyDrafts {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");

    @Inject
    Validator validator;

    /**
     * @param pathCode the code the caller addressed (an update), or {@code null} (a new agency)
     */
    public Valid validate(AgencyDraft draft, String pathCode) {

        if (draft == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("body", "field.required")));
        }
        List<FieldViolation> violations = new ArrayList<>(FieldViolation.of(validator.validate(draft)));
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

    /** The enum constant a text names, {@code null} when blank; a violation (listing the constants) otherwise. */
    public static <E extends Enum<E>> E parseOptional(Class<E> type, String text, String field, String key,
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

    public static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String field, String key) {
        List<FieldViolation> violations = new ArrayList<>();
        E value = parseOptional(type, text, field, key, violations);
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        return value;
    }

    /** A draft that passed validation, normalised for storage (NFC, trimmed, phone digits only). */
    public record Valid(String code, AgencyDraft draft, AgencyKind kind, AgencyStatus status, String phone) {

        /**
         * Name, short name, kind, status and administrative-unit code are the operator's to change (the code ties
         * a commune's UBND to the statistics list); contacts (e-mail, phone) are the agency's.
         */
        public boolean keepsOfficialDetailsOf(AgencyView current) {
            return Objects.equals(VietnameseText.clean(draft.name()), current.name())
                    && Objects.equals(VietnameseText.clean(draft.shortName()), current.shortName())
                    && kind == current.kind() && status == current.status()
                    && Objects.equals(VietnameseText.clean(draft.administrativeUnitCode()),
                            current.administrativeUnitCode());
        }

        public void applyTo(Agency agency) {
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
