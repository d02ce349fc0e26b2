package vn.gov.haiphong.lgsp.registry.control;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * Identifier code rules (mã định danh) of Quyết định 20/2020/QĐ-TTg as this platform applies them
 * (DESIGN §3, docs/data-model.md): at most 35 characters; dot-separated groups read left to right;
 * the first group is a letter A–Y and two digits ({@code G..} ministries, {@code H..} provinces);
 * each further group has 2–3 characters of A–Z, 0–9 and names a unit under the code before it.
 * The same rule is a CHECK constraint in sql/V2.
 */
public final class AgencyCodes {

    public static final int MAX_LENGTH = 35;
    private static final Pattern CODE = Pattern.compile("[A-Y][0-9]{2}(\\.[A-Z0-9]{2,3})*");

    private AgencyCodes() {
    }

    public static boolean isValid(String code) {
        return code != null && code.length() <= MAX_LENGTH && CODE.matcher(code).matches();
    }

    /** The code itself when valid; otherwise the clear refusal every API gives for a malformed code. */
    public static String requireValid(String code) {
        if (!isValid(code)) {
            throw new LgspException(ErrorCode.INVALID_AGENCY_CODE, code);
        }
        return code;
    }

    /** The code of the unit this one belongs under: {@code H24.07.01} → {@code H24.07}; none for {@code H24}. */
    public static Optional<String> parentOf(String code) {
        int lastDot = code.lastIndexOf('.');
        return lastDot < 0 ? Optional.empty() : Optional.of(code.substring(0, lastDot));
    }

    /** The highest group a code suggestion goes to (groups have at most three characters). */
    public static final int MAX_GROUP = 999;

    /**
     * One more than the highest numeric last group among codes issued under one parent (1 when none is):
     * groups with letters are someone's own choice and are left alone.
     */
    public static int nextGroup(Collection<String> childCodes) {
        int highest = 0;
        for (String code : childCodes) {
            String group = code.substring(code.lastIndexOf('.') + 1);
            if (group.chars().allMatch(Character::isDigit)) {
                highest = Math.max(highest, Integer.parseInt(group));
            }
        }
        return highest + 1;
    }

    /** A group number as written in a code: two digits at least ({@code 7} → {@code 07}). */
    public static String group(int number) {
        return String.format(Locale.ROOT, "%02d", number);
    }

    /** The code of a unit directly under {@code parent}: {@code child("H24", "07")} → {@code H24.07}. */
    public static String child(String parent, String group) {
        String code = parent + "." + group;
        if (!isValid(code)) {
            throw new IllegalArgumentException("not a valid child code: " + code);
        }
        return code;
    }
}
