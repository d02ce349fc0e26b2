package vn.gov.haiphong.lgsp.security.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The outbound allow-list against the classic SSRF tricks: special addresses in every spelling, names that
 * resolve to them, user info, ports and schemes. Names resolve through a fixed table (no DNS in a unit
 * test); address literals the way the JDK reads them.
 */
class OutboundPolicyTest {

    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|.*:.*");

    /** A DNS of our own: public, rebinding and metadata names; anything else does not resolve. */
    static final Map<String, List<String>> DNS = Map.of(
            "provider.example", List.of("203.0.113.10"),
            "dichvu.haiphong.gov.vn", List.of("10.20.30.40"),
            "loop.haiphong.gov.vn", List.of("127.0.0.1"),
            "rebind.example", List.of("203.0.113.10", "127.0.0.1"),
            "meta.example", List.of("169.254.169.254"),
            "v6loop.example", List.of("::1"),
            "localhost", List.of("127.0.0.1", "::1"));

    static InetAddress[] resolve(String host) throws UnknownHostException {
        List<String> addresses = DNS.get(host);
        if (addresses == null) {
            if (!LITERAL.matcher(host).matches()) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        InetAddress[] result = new InetAddress[addresses.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = InetAddress.getByName(addresses.get(i));
        }
        return result;
    }

    /** The defaults: http and https, any ordinary host, the management ports (9990, 9993) denied. */
    static final OutboundPolicy DEFAULT = new OutboundPolicy(List.of("http", "https"), List.of("*"),
            List.of(9990, 9993), OutboundPolicyTest::resolve);

    /** The tests' server: loopback 127.0.0.1 allowed for the demo provider; management on 12990 (offset 3000). */
    static final OutboundPolicy TEST_SERVER = new OutboundPolicy(List.of("http", "https"), List.of("*", "127.0.0.1"),
            List.of(12990, 12993), OutboundPolicyTest::resolve);

    /** A city network that names its providers. */
    static final OutboundPolicy CITY = new OutboundPolicy(List.of("https"),
            List.of("*.haiphong.gov.vn", "provider.example", "10.0.0.0/8"), List.of(9990), OutboundPolicyTest::resolve);

    @ParameterizedTest
    @ValueSource(strings = {
        "http://127.0.0.1/",
        "http://127.0.0.1:9990/management",
        "http://127.0.0.2:8080/",
        "http://127.255.255.254/",
        "http://localhost:8080/",
        "http://LOCALHOST/",
        "http://[::1]/",
        "http://[0:0:0:0:0:0:0:1]:8080/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:7f00:1]/",
        "http://[::127.0.0.1]/",
        "http://[64:ff9b::7f00:1]/",
        "http://0.0.0.0/",
        "http://0.1.2.3/",
        "http://[::]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:169.254.169.254]/",
        "http://[fe80::1]/",
        "http://[fe80::1%25eth0]/",
        "http://224.0.0.1/",
        "http://239.255.255.250:1900/",
        "http://[ff02::1]/",
        "http://255.255.255.255/",
        "http://2130706433/",
        "http://017700000001/",
        "http://0177.0.0.1/",
        "http://0x7f.0.0.1/",
        "http://0x7f000001/",
        "http://127.1/",
        "http://127.0.1/",
        "http://127.0.0.1./",
        "http://010.0.0.1/",
        "http://evil@127.0.0.1/",
        "http://provider.example@127.0.0.1/",
        "http://user:secret@provider.example/",
        "http://%65vil@provider.example/",
        "http://provider.example:9990/",
        "https://provider.example:9993/",
        "http://provider.example:0/",
        "http://provider.example:65536/",
        "file:///etc/passwd",
        "file://provider.example/etc/passwd",
        "jar:file:/tmp/a.jar!/x",
        "jar:http://provider.example/a.jar!/openapi.yaml",
        "gopher://provider.example:70/_GET",
        "ftp://provider.example/contract.wsdl",
        "dict://provider.example:11211/stat",
        "ldap://provider.example/",
        "netdoc:///etc/passwd",
        "//provider.example/",
        "/relative/path",
        "http:///no-host",
        "http://under_score.example/",
        "http://rebind.example/",
        "http://meta.example/",
        "http://v6loop.example/",
        "http://provider .example/",
        "",
    })
    void refusedByDefault(String url) {
        assertThrows(OutboundPolicy.Refused.class, () -> DEFAULT.check(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://provider.example/",
        "https://provider.example:8443/contract.wsdl",
        "HTTP://PROVIDER.EXAMPLE/openapi.yaml",
        "http://203.0.113.10:8080/x?y=1",
        "http://10.1.2.3/",
        "http://192.168.1.20:8080/",
        "http://172.16.0.1/",
        "http://[2001:db8::1]:8080/",
        "http://dichvu.haiphong.gov.vn/v1",
        "http://provider.example:9991/",
        "http://does-not-resolve.example/",
    })
    void ordinaryAndUnpublishedAddressesPassByDefault(String url) {
        assertDoesNotThrow(() -> DEFAULT.check(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://127.0.0.1:11080/demo-provider/dat-dai",
        "http://127.0.0.1:8180/demo-provider/test/echo",
        "http://provider.example/",
    })
    void theTestServerAllowsItsOwnProviderOnLoopback(String url) {
        assertDoesNotThrow(() -> TEST_SERVER.check(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://127.0.0.1:12990/management",
        "https://127.0.0.1:12993/",
        "http://127.0.0.2:8180/",
        "http://[::1]:8180/",
        "http://localhost:8180/",
        "http://0.0.0.0:8180/",
        "http://169.254.169.254/",
        "http://2130706433:8180/",
    })
    void loopbackAllowedStillLeavesManagementAndOtherSpecialsOut(String url) {
        assertThrows(OutboundPolicy.Refused.class, () -> TEST_SERVER.check(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://dichvu.haiphong.gov.vn/",
        "https://provider.example/",
        "https://10.2.3.4:8443/",
    })
    void aNamedNetworkAllowsItsNames(String url) {
        assertDoesNotThrow(() -> CITY.check(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://provider.example/",
        "https://203.0.113.10/",
        "https://haiphong.gov.vn.evil.example/",
        "https://evilhaiphong.gov.vn/",
        "https://loop.haiphong.gov.vn/",
        "https://10.2.3.4:9990/",
    })
    void aNamedNetworkRefusesTheRest(String url) {
        assertThrows(OutboundPolicy.Refused.class, () -> CITY.check(url), url);
    }

    @Test
    void theConnectionsResolverChecksTheAddressesItConnectsTo() throws UnknownHostException {
        DnsResolver resolver = DEFAULT.dnsResolver();
        assertEquals(List.of(new InetSocketAddress(InetAddress.getByName("203.0.113.10"), 443)),
                resolver.resolve("provider.example", 443));
        assertThrows(OutboundPolicy.Refused.class, () -> resolver.resolve("rebind.example", 80),
                "a name that now also resolves to loopback is refused when connecting");
        assertThrows(OutboundPolicy.Refused.class, () -> resolver.resolve("provider.example", 9990));
        assertThrows(OutboundPolicy.Refused.class, () -> resolver.resolve("127.0.0.1", 8080));
        assertThrows(OutboundPolicy.Refused.class, () -> resolver.resolve("meta.example"));
        assertThrows(UnknownHostException.class, () -> resolver.resolve("does-not-resolve.example", 80),
                "registered before its name was published: refused when connecting");
    }

    @Test
    void addressRangesMatchTheirPrefixOnly() {
        AddressRange tenEight = AddressRange.parse("10.0.0.0/8").orElseThrow();
        AddressRange linkLocal6 = AddressRange.parse("fe80::/10").orElseThrow();
        assertEquals(true, tenEight.contains(address("10.255.0.1")));
        assertEquals(false, tenEight.contains(address("11.0.0.1")));
        assertEquals(false, tenEight.contains(address("::1")));
        assertEquals(true, linkLocal6.contains(address("febf::1")));
        assertEquals(false, linkLocal6.contains(address("fec0::1")));
        assertEquals(true, AddressRange.parse("provider.example").isEmpty(), "a name is not a range");
        assertThrows(IllegalArgumentException.class, () -> AddressRange.parse("10.0.0.0/33"));
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
