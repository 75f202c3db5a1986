package vn.boiduong.security;

import java.io.Serial;
import java.io.Serializable;

/** Authentication details: the client address as {@link ClientAddress} resolves it (not the proxy's). */
record ClientDetails(String address) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
}
