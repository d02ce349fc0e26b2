package vn.gov.haiphong.lgsp.security.control;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Where the platform may open a connection on a caller's word: the address of a contract to fetch and
 * the provider a service forwards to. Both are written by agency admins, so without this check they could
 * make the platform call its own management interface, the cloud's metadata address or any internal port,
 * and read the answer (server-side request forgery).
 *
 * <p>A URL passes when its scheme is allowed, it carries no user info, its port is not denied, its host is
 * written plainly (no {@code 2130706433}, {@code 0x7f.1} or {@code 0177.0.0.1}: forms that libraries read
 * differently) and <em>every</em> address the host resolves to is allowed. An address is allowed when an
 * address entry of {@code allowed-hosts} contains it, or when it is not special (loopback, link-local,
 * unspecified, multicast, broadcast, IPv4-compatible IPv6) and the host matches {@code allowed-hosts}
 * ({@code *}, a name, or {@code *.suffix}). Names never unlock special addresses: only an address entry
 * does, which is how the demo and the tests allow {@code 127.0.0.1} for their provider.
 *
 * <p>The same rules run twice: when a URL is registered ({@link #check}) and when a connection is opened
 * ({@link #dnsResolver}, the resolver of the platform's HTTP clients), so the addresses checked are the
 * addresses connected to — a name that resolves to a public address at registration and to loopback later
 * (DNS rebinding) is refused at connection time.
 */
public final class OutboundPolicy {

    /** How names become addresses; the system resolver in production, a fixed table in unit tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * An outbound address refused. An {@link UnknownHostException} so that an HTTP client treats it as a
     * host it cannot reach; the reason is for the server log only, never for the caller.
     */
    public static final class Refused extends UnknownHostException {
        public Refused(String reason) {
            super(reason);
        }
    }

    /** Written like a number but not as a dotted quad: decimal, octal or hex parts, fewer than four parts. */
    private static final Pattern NUMERIC_HOST = Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?");
    private static final Pattern DOTTED_QUAD = Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
            + "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    /** Special blocks Java's {@code InetAddress} predicates do not name: "this network", broadcast,
     * IPv4-compatible IPv6 ({@code ::a.b.c.d}, which some stacks route as IPv4), NAT64 forms of loopback
     * and link-local. */
    private static final List<AddressRange> SPECIAL = Stream.of("0.0.0.0/8", "255.255.255.255/32", "::/96",
            "64:ff9b::7f00:0/104", "64:ff9b::a9fe:0/112").map(b -> AddressRange.parse(b).orElseThrow()).toList();

    private final Set<String> schemes;
    private final boolean anyName;
    private final Set<String> names;
    private final List<String> suffixes;
    private final List<AddressRange> addresses;
    private final Set<Integer> deniedPorts;
    private final Resolver resolver;

    /**
     * @param schemes      allowed schemes, e.g. {@code http, https}
     * @param hosts        {@code *}, names, {@code *.suffix}, addresses or CIDR blocks
     * @param deniedPorts  ports never connected to, whatever the host
     */
    public OutboundPolicy(Collection<String> schemes, Collection<String> hosts, Collection<Integer> deniedPorts,
                          Resolver resolver) {
        this.schemes = schemes.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> entries = hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .toList();
        this.anyName = entries.contains("*");
        this.addresses = entries.stream().map(AddressRange::parse).flatMap(Optional::stream).toList();
        this.suffixes = entries.stream().filter(h -> h.startsWith("*.")).map(h -> h.substring(1)).toList();
        this.names = entries.stream().filter(h -> !h.contains("*") && AddressRange.parse(h).isEmpty())
                .collect(Collectors.toSet());
        this.deniedPorts = Set.copyOf(deniedPorts);
        this.resolver = resolver;
    }

    /**
     * Refuses {@code url} unless everything about it is allowed, its host's addresses included (asks DNS). An
     * allowed name that does not resolve (yet) passes: a provider may be registered before its name is
     * published, and the connection is checked again when it is made, where not resolving fails it anyway.
     */
    public void check(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new Refused("not a URI");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!schemes.contains(scheme)) {
            throw new Refused("scheme " + scheme + " not allowed");
        }
        if (uri.isOpaque() || uri.getRawUserInfo() != null
                || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw new Refused("user info or opaque URI");
        }
        if (uri.getHost() == null) {
            throw new Refused("no host");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        try {
            addresses(uri.getHost(), port);
        } catch (Refused e) {
            throw e;
        } catch (UnknownHostException e) {
            // not in DNS (yet): checked when connecting
        }
    }

    /** The addresses to connect to for {@code host} on {@code port}, all allowed; a refusal, or the name is unknown. */
    public InetAddress[] addresses(String host, int port) throws UnknownHostException {
        if (port < 1 || port > 65535 || deniedPorts.contains(port)) {
            throw new Refused("port " + port + " denied");
        }
        return addresses(host);
    }

    /** The addresses of {@code host}, all allowed; a refusal, or the name is unknown. */
    public InetAddress[] addresses(String host) throws UnknownHostException {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        name = name.toLowerCase(Locale.ROOT);
        if (name.isEmpty() || (NUMERIC_HOST.matcher(name).matches() && !DOTTED_QUAD.matcher(name).matches())) {
            throw new Refused("host " + host + " is not written plainly");
        }
        boolean literal = name.contains(":") || DOTTED_QUAD.matcher(name).matches();
        boolean nameAllowed = anyName || names.contains(name) || suffixes.stream().anyMatch(name::endsWith);
        InetAddress[] resolved;
        try {
            resolved = resolver.resolve(name);
        } catch (UnknownHostException e) {
            if (literal || !nameAllowed) {
                throw new Refused("host " + host + " is not an address, nor a name that is allowed");
            }
            throw e;
        }
        if (resolved == null || resolved.length == 0) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : resolved) {
            boolean listed = addresses.stream().anyMatch(r -> r.contains(address));
            if (!listed && (!nameAllowed || isSpecial(address))) {
                throw new Refused("host " + host + " resolves to " + address.getHostAddress() + ", not allowed");
            }
        }
        return resolved;
    }

    /** Loopback, link-local, unspecified, multicast, broadcast, and IPv6 forms that embed them. */
    static boolean isSpecial(InetAddress address) {
        return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress() || SPECIAL.stream().anyMatch(r -> r.contains(address));
    }

    /** A resolver for the HTTP clients: connections go only to addresses this policy allows. */
    public DnsResolver dnsResolver() {
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return addresses(host);
            }

            @Override
            public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
                return Arrays.stream(addresses(host, port)).map(a -> new InetSocketAddress(a, port)).toList();
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
    }
}
