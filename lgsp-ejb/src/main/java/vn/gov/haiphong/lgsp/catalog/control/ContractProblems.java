package vn.gov.haiphong.lgsp.catalog.control;

import java.util.ArrayList;
import java.util.List;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/** Collects what is wrong with a contract, each problem named by the document it is in. */
final class ContractProblems {

    private final List<FieldViolation> found = new ArrayList<>();

    void add(String document, String key, Object... args) {
        found.add(FieldViolation.of("contract[" + document + "]", key, args));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Refuses the whole contract when anything was found: nothing is stored. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw refusal();
        }
    }

    LgspException refusal() {
        return new LgspException(ErrorCode.CONTRACT_INVALID, found, found.size());
    }
}
