package org.guanai.registry.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A template fragment rendered to text, the way a page renders it (the same view resolver, beans, messages in the
 * user's plan words and links), so that a part of a page the same for many requests can be rendered once and kept
 * (the home page's figures of a scope: home.HomeFigures). What the fragment sets on the request while rendering stays
 * its own, and nothing is written to the response.
 */
@Component
public class FragmentHtml {

    private final ThymeleafViewResolver views;

    FragmentHtml(ThymeleafViewResolver views) {
        this.views = views;
    }

    /** {@code fragment} ("template :: selector") rendered with {@code model} as its only model. */
    public String render(String fragment, Map<String, ?> model, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            View view = views.resolveViewName(fragment, LocaleContextHolder.getLocale());
            if (view == null) {
                throw new IllegalStateException("No template for " + fragment);
            }
            Captured out = new Captured(response);
            view.render(model, new OwnAttributes(request), out);
            out.writer.flush();
            return out.text.toString();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not render " + fragment, e);
        }
    }

    /** The request with attributes of its own: a template's variables are set as request attributes. */
    private static final class OwnAttributes extends HttpServletRequestWrapper {

        private final Map<String, Object> own = new HashMap<>(); // a null value hides the request's attribute

        OwnAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return own.containsKey(name) ? own.get(name) : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            own.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            own.put(name, null);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
            own.forEach((name, value) -> {
                if (value == null) {
                    names.remove(name);
                } else {
                    names.add(name);
                }
            });
            return Collections.enumeration(names);
        }
    }

    /** The response, its writer a string and its headers left alone. */
    private static final class Captured extends HttpServletResponseWrapper {

        final StringWriter text = new StringWriter(4096);
        final PrintWriter writer = new PrintWriter(text);

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            throw new IllegalStateException("A fragment is rendered as text");
        }

        @Override
        public void setContentType(String type) {
        }

        @Override
        public void setCharacterEncoding(String charset) {
        }

        @Override
        public void setLocale(java.util.Locale locale) {
        }

        @Override
        public void flushBuffer() {
        }
    }
}
