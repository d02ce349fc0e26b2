package vn.gov.haiphong.lgsp.common.error;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

/**
 * A refusal the caller should see: an {@link ErrorCode}, the values for its message and, for
 * validation, the rejected fields. Being an application exception it reaches the REST and SOAP
 * edges unwrapped, and it rolls the transaction back, so nothing partial is ever stored.
 */
@ApplicationException(rollback = true)
public class LgspException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient List<Object> args;
    private final transient List<FieldViolation> violations;
    /** When the refused call may succeed again, if known (seconds; 0: not known). */
    private long retryAfterSeconds;

    public LgspException(ErrorCode code, Object... args) {
        this(code, List.of(), args);
    }

    public LgspException(ErrorCode code, List<FieldViolation> violations, Object... args) {
        super(code.slug());
        this.code = code;
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
        this.violations = List.copyOf(violations);
    }

    public static LgspException invalid(List<FieldViolation> violations) {
        return new LgspException(ErrorCode.VALIDATION_FAILED, violations, violations.size());
    }

    public ErrorCode code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /**
     * Says when the refused call can succeed again — an open circuit's rest, a maintenance window's end — for the
     * caller's {@code Retry-After}; at least 1 s.
     */
    public LgspException retryAfter(long seconds) {
        this.retryAfterSeconds = Math.max(1, seconds);
        return this;
    }

    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds > 0 ? OptionalLong.of(retryAfterSeconds) : OptionalLong.empty();
    }
}
