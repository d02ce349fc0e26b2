package vn.gov.haiphong.lgsp.conversion.control;

/**
 * A body or a contract that the service's schemas do not let be converted; the message says where and why. The
 * gateway answers it as the caller's invalid request or the provider's failure, whichever side sent the body.
 */
public class ConversionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConversionException(String why) {
        super(why);
    }
}
