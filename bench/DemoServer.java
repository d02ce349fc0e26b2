import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo's WildFly with the exchange log on or off. The log's switch ({@code lgsp.exchange-log.enabled}) is
 * read once when the server starts, so a log-off run restarts WildFly through {@code bin/demo restart} with
 * {@code LGSP_EXCHANGE_LOG=off} (Keycloak and the database keep running), and the log goes back on the same way.
 * A restarted server compiles for its first minute: callers warm it up again before they measure.
 */
final class DemoServer {

    static final String SCRIPT = "bin/demo";

    private DemoServer() {
    }

    /** Whether the running demo server records exchanges (it was not started with the log off). */
    static boolean logEnabled() throws IOException {
        String cmd = Files.readString(Path.of("/proc/" + ProcessCpu.wildflyPid() + "/cmdline")).replace('\0', ' ');
        return !cmd.contains("-Dlgsp.exchange-log.enabled=false");
    }

    /** Restarts the demo's WildFly with the log on or off unless it already runs that way; true if it restarted. */
    static boolean exchangeLog(String script, boolean on) throws Exception {
        if (logEnabled() == on) {
            return false;
        }
        System.out.printf("(restarting the demo's WildFly with the exchange log %s: %s restart)%n", on ? "on" : "off", script);
        ProcessBuilder restart = new ProcessBuilder(script, "restart").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        restart.environment().put("LGSP_EXCHANGE_LOG", on ? "on" : "off");
        restart.environment().put("LGSP_SKIP_BUILD", "1");
        if (restart.start().waitFor() != 0 || logEnabled() != on) {
            throw new IllegalStateException(script + " restart with the exchange log " + (on ? "on" : "off")
                    + " failed; see target/demo/console.log");
        }
        return true;
    }
}
