package vn.gov.haiphong.lgsp.security.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP address or a CIDR block ({@code 127.0.0.1}, {@code 10.0.0.0/8}, {@code fe80::/10}). Written as
 * literals only, so building one never asks DNS.
 */
record AddressRange(byte[] prefix, int bits) {

    private static final Pattern LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    /** The range {@code text} writes, or empty when it is not an address literal (a host name). */
    static Optional<AddressRange> parse(String text) {
        String[] parts = text.strip().split("/", 2);
        String address = parts[0].startsWith("[") && parts[0].endsWith("]")
                ? parts[0].substring(1, parts[0].length() - 1) : parts[0];
        if (!LITERAL.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : bytes.length * 8;
            if (bits < 0 || bits > bytes.length * 8) {
                throw new IllegalArgumentException("Prefix length out of range: " + text);
            }
            return Optional.of(new AddressRange(bytes, bits));
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("Not an address or CIDR block: " + text, e);
        }
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != prefix.length) {
            return false;
        }
        int whole = bits / 8;
        if (!Arrays.equals(bytes, 0, whole, prefix, 0, whole)) {
            return false;
        }
        int rest = bits % 8;
        int mask = (0xff << (8 - rest)) & 0xff;
        return rest == 0 || (bytes[whole] & mask) == (prefix[whole] & mask);
    }
}
