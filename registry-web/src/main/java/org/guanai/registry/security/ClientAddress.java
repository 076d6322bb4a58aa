package org.guanai.registry.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address. Behind a proxy, {@code server.forward-headers-strategy} makes the container
 * put the forwarded address here, so this is the one place that reads it.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
