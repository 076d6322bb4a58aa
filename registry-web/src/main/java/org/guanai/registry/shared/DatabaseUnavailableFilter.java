package org.guanai.registry.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * While PostgreSQL is away (restart, failover), every request fails somewhere: in the session store, the
 * account check or the page itself. This outermost filter turns any such failure into one static Chinese page
 * with status 503 and Retry-After, rendered without the database, the session or a template. Nothing else
 * is needed to recover: the connection pool opens new connections once the database answers again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    private static final String PAGE = "unavailable.html";
    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/[^\"]+\\.css)\"");

    private final String template;
    private final DataSource dataSource;
    private final ObjectProvider<ResourceUrlProvider> resourceUrls;
    private volatile byte[] page;

    DatabaseUnavailableFilter(DataSource dataSource, ObjectProvider<ResourceUrlProvider> resourceUrls)
            throws IOException {
        this.dataSource = dataSource;
        this.resourceUrls = resourceUrls;
        try (InputStream in = new ClassPathResource(PAGE).getInputStream()) {
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted() || !(connectionFailure(e) || (dataLayerFailure(e) && !databaseAnswers()))) {
                throw e;
            }
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
                    rootMessage(e));
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setHeader("Cache-Control", "no-store");
            // reset() dropped the security headers; this page needs only its own style sheets.
            response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(page());
        }
    }

    /**
     * The page with its style sheets linked by the names the pages use, which change with their content: a browser
     * keeps a style sheet for a year (decision 047), so a name that stays the same would keep last year's. Made at
     * the first outage, when the resource chain has long been ready; it needs no database.
     */
    byte[] page() {
        byte[] made = page;
        if (made == null) {
            ResourceUrlProvider urls = resourceUrls.getIfAvailable();
            Matcher link = STYLESHEET.matcher(template);
            StringBuilder html = new StringBuilder();
            while (link.find()) {
                String versioned = urls == null ? null : urls.getForLookupPath(link.group(1));
                link.appendReplacement(html, Matcher.quoteReplacement("href=\"" + (versioned == null ? link.group(1)
                        : versioned) + "\""));
            }
            link.appendTail(html);
            page = made = html.toString().getBytes(StandardCharsets.UTF_8);
        }
        return made;
    }

    /** A connection that could not be made or was cut: SQL state class 08, 57P (shutdown), a pool timeout. */
    static boolean connectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A failure of the data layer whose cause no longer says "connection" (a rollback on a connection the
     * server had already cut hides the original error); asked again below whether the database answers.
     */
    static boolean dataLayerFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof DataAccessException || t instanceof TransactionException
                    || t instanceof PersistenceException) {
                return true;
            }
        }
        return false;
    }

    private boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
