package org.guanai.registry.submission;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * A form submitted twice (a double click, a resubmit after a slow answer, the same form on two tabs) is processed
 * once: the first request with a form's token records it in {@code form_submission}, on any node; a repeat is sent
 * where the first one went, or told that the form was already submitted. A first request that did not redirect
 * (the form shown again with its errors) saved nothing, so its token is released.
 */
@Configuration(proxyBeanMethods = false)
class DoubleSubmitGuard {

    /** How long a repeat waits for the first request to finish before it is told "already submitted". */
    static final long WAIT_FOR_FIRST_MS = 5000;
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f-]{36}");

    /** The templates' form processor (Spring Security's CSRF one) with the submission token added. */
    @Bean
    static BeanPostProcessor submissionTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof RequestDataValueProcessor p && "requestDataValueProcessor".equals(name)
                        ? new SubmissionTokens(p) : bean;
            }
        };
    }

    @Bean
    OncePerRequestFilter doubleSubmitFilter(JdbcTemplate jdbc) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String token = "POST".equals(request.getMethod()) ? request.getParameter(SubmissionTokens.PARAMETER)
                        : null;
                if (token == null || !TOKEN.matcher(token).matches()) {
                    chain.doFilter(request, response);
                    return;
                }
                if (jdbc.update("insert into form_submission (token) values (?) on conflict do nothing", token) == 1) {
                    first(token, request, response, chain);
                } else {
                    repeat(token, response);
                }
            }

            private void first(String token, HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                boolean done = false;
                try {
                    chain.doFilter(request, response);
                    String location = response.getHeader("Location");
                    if (response.getStatus() / 100 == 3 && location != null) {
                        jdbc.update("update form_submission set outcome_location = ? where token = ?", location, token);
                        done = true;
                    }
                } finally {
                    if (!done) {
                        jdbc.update("delete from form_submission where token = ?", token);
                    }
                }
            }

            private void repeat(String token, HttpServletResponse response) throws IOException {
                long until = System.currentTimeMillis() + WAIT_FOR_FIRST_MS;
                while (true) {
                    List<String> outcome = jdbc.queryForList(
                            "select coalesce(outcome_location, '') from form_submission where token = ?", String.class,
                            token);
                    if (outcome.isEmpty()) {
                        // The first request saved nothing and released the token: nothing to repeat.
                        response.sendError(HttpServletResponse.SC_CONFLICT);
                        return;
                    }
                    if (!outcome.get(0).isEmpty()) {
                        response.sendRedirect(outcome.get(0));
                        return;
                    }
                    if (System.currentTimeMillis() > until) {
                        response.sendError(HttpServletResponse.SC_CONFLICT);
                        return;
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        response.sendError(HttpServletResponse.SC_CONFLICT);
                        return;
                    }
                }
            }
        };
    }

    @Bean
    SubmissionCleanup submissionCleanup(JdbcTemplate jdbc) {
        return new SubmissionCleanup(jdbc);
    }

    /** Tokens are needed for minutes; a day's are kept, then deleted on one node. */
    static class SubmissionCleanup {

        private final JdbcTemplate jdbc;

        SubmissionCleanup(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Scheduled(cron = "0 15 4 * * *", zone = "${registry.time-zone:Asia/Shanghai}")
        @SchedulerLock(name = "form-submission-cleanup", lockAtLeastFor = "PT5M")
        public void deleteOld() {
            jdbc.update("delete from form_submission where submitted_at < now() - interval '1 day'");
        }
    }
}
