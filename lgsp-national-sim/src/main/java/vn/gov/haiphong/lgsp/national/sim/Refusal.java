package vn.gov.haiphong.lgsp.national.sim;

/**
 * A refusal of the simulated instance: its HTTP status, the X-Road error code a provider-side security server
 * answers with ({@code Server.ServerProxy.*}; null when the refusal is the service's own answer, which X-Road relays
 * without a code), and what went wrong in Vietnamese and English.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String xroadError;
    private final String english;

    public Refusal(int status, String xroadError, String vietnamese, String english) {
        super(vietnamese);
        this.status = status;
        this.xroadError = xroadError;
        this.english = english;
    }

    public int status() {
        return status;
    }

    public String xroadError() {
        return xroadError;
    }

    public String vietnamese() {
        return getMessage();
    }

    public String english() {
        return english;
    }

    static Refusal unknownService(String service) {
        return new Refusal(404, "Server.ServerProxy.UnknownService", "Không có dịch vụ " + service + " trên nền tảng quốc gia",
                "No service " + service + " on the national platform");
    }
}
