package org.guanai.registry.submission;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds a one-time {@value #PARAMETER} token to every POST form the templates render (beside the CSRF token
 * of the processor it wraps), except the login and logout forms, whose repetition is harmless.
 */
class SubmissionTokens implements RequestDataValueProcessor {

    static final String PARAMETER = "_submission";
    private static final String POST_FORM = SubmissionTokens.class.getName() + ".postForm";

    private final RequestDataValueProcessor delegate;

    SubmissionTokens(RequestDataValueProcessor delegate) {
        this.delegate = delegate;
    }

    @Override
    public String processAction(HttpServletRequest request, String action, String httpMethod) {
        boolean post = "post".equalsIgnoreCase(httpMethod) && !action.endsWith("/login") && !action.endsWith("/logout");
        request.setAttribute(POST_FORM, post);
        return delegate.processAction(request, action, httpMethod);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
        return delegate.processFormFieldValue(request, name, value, type);
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> delegated = delegate.getExtraHiddenFields(request);
        if (delegated != null) {
            fields.putAll(delegated);
        }
        if (Boolean.TRUE.equals(request.getAttribute(POST_FORM))) {
            fields.put(PARAMETER, UUID.randomUUID().toString());
        }
        request.removeAttribute(POST_FORM);
        return fields;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return delegate.processUrl(request, url);
    }
}
