package vn.boiduong.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The address of the client a request comes from, for throttling and logs. A forwarded-for header is believed only
 * when the immediate peer is one of the configured trusted reverse proxies ({@code boiduong.security.trusted-proxies},
 * addresses or CIDR ranges); then the right-most address in it that is not itself a trusted proxy is the client.
 * Without trusted proxies the peer address is the client, and a header sent by anyone else is ignored.
 */
@Component
class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]{1,43}");

    private final List<IpAddressMatcher> trusted;
    private final String header;

    ClientAddress(@Value("${boiduong.security.trusted-proxies:}") List<String> trustedProxies,
                  @Value("${boiduong.security.client-ip-header:X-Forwarded-For}") String header) {
        this.trusted = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).map(IpAddressMatcher::new).toList();
        this.header = header;
    }

    String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!isTrusted(peer)) {
            return peer;
        }
        String forwarded = request.getHeader(header);
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!isIpLiteral(hop)) {
                return peer; // a malformed entry: the chain cannot be followed beyond it
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private boolean isTrusted(String address) {
        if (!isIpLiteral(address)) {
            return false;
        }
        for (IpAddressMatcher m : trusted) {
            try {
                if (m.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return false;
    }

    /** An IP literal only, never a host name (which would need a DNS look-up). */
    static boolean isIpLiteral(String s) {
        return s != null && (IPV4.matcher(s).matches() || IPV6.matcher(s).matches());
    }
}
