package org.guanai.registry.security;

import jakarta.servlet.http.HttpServletRequest;

/** The path of a request within the application, whatever the servlet mapping and context path. */
final class RequestPaths {

    private RequestPaths() {
    }

    static String of(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
