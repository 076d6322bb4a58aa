package org.guanai.registry.security;

import java.time.Clock;
import java.util.Arrays;
import org.guanai.registry.account.AccountLogins;
import org.guanai.registry.account.Role;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script anywhere; every asset is served by the application itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** The roles that register people and change their records ({@link Role#changesRegistry}). */
    private static final String[] REGISTRY_CHANGERS = Arrays.stream(Role.values()).filter(Role::changesRegistry)
            .map(Role::name).toArray(String[]::new);

    /**
     * No observation around each of the security filters: nothing reads those spans, and wrapping every filter
     * of every request cost CPU on each page (docs/performance-history.md). Requests are still timed as a whole
     * (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's multi-factor authorization: every rule below that names roles or "authenticated" also requires
     * the password and the second factor ({@link SecondFactorPolicy#FACTOR}) of an account the policy names. The pages
     * of the second factor itself are reached with the password alone (they use no factory rule).
     */
    @Bean
    AuthorizationManagerFactory<Object> secondFactorRequired(SecondFactorPolicy policy) {
        return AuthorizationManagerFactories.multiFactor()
                .requireFactors(FactorGrantedAuthority.PASSWORD_AUTHORITY, SecondFactorPolicy.FACTOR)
                .when(policy::requires)
                .build();
    }

    @Bean
    HttpSessionSecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountLogins accounts, AuditService audit,
            HttpSessionSecurityContextRepository contextRepository, SecondFactorPolicy secondFactor,
            RegistryProperties properties, Clock clock) throws Exception {
        AuditingAccessDeniedHandler accessDenied = new AuditingAccessDeniedHandler(audit, secondFactor);
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // The second factor's own pages: after the password, before the factor.
                        .requestMatchers(SecondFactorController.CODE_PAGE, SecondFactorController.SETUP_PAGE)
                        .access(AuthenticatedAuthorizationManager.authenticated())
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        // The audit trail is read by the county office and the auditor, not the administrator (三权分立).
                        .requestMatchers("/audit/**").hasAnyRole("COUNTY", "AUDITOR")
                        .requestMatchers("/imports/**").hasAnyRole("COUNTY", "TOWN")
                        // Casework: worked by the county office, towns, villages and departments, read by the
                        // inspector; reporters file reports and see their status; the administrator sees no case.
                        .requestMatchers(HttpMethod.POST, "/casework/routes/**").hasRole("COUNTY")
                        .requestMatchers("/casework/routes").hasAnyRole("COUNTY", "INSPECTOR")
                        .requestMatchers(HttpMethod.POST, "/cases/**", "/children/*/cases")
                        .hasAnyRole("COUNTY", "TOWN", "VILLAGE", "DEPARTMENT")
                        .requestMatchers("/inbox").hasAnyRole("COUNTY", "TOWN", "VILLAGE", "DEPARTMENT")
                        .requestMatchers("/cases/**").hasAnyRole("COUNTY", "TOWN", "VILLAGE", "DEPARTMENT", "INSPECTOR")
                        // The quarterly report chain: towns submit, 教育 and 公安 verify, the county decides.
                        .requestMatchers("/reports/*/county.xlsx", "/reports/range.xlsx").hasAnyRole("COUNTY", "INSPECTOR")
                        .requestMatchers(HttpMethod.POST, "/reports/*/towns/*/confirm").hasRole("COUNTY")
                        .requestMatchers(HttpMethod.POST, "/reports/**").hasAnyRole("COUNTY", "TOWN", "DEPARTMENT")
                        .requestMatchers("/reports/**", "/reports")
                        .hasAnyRole("COUNTY", "TOWN", "DEPARTMENT", "INSPECTOR")
                        // The plan's tasks: units report their own part, the county adds tasks, the inspector reads.
                        .requestMatchers(HttpMethod.POST, "/tasks").hasRole("COUNTY")
                        .requestMatchers(HttpMethod.POST, "/tasks/*/report").hasAnyRole("TOWN", "DEPARTMENT")
                        .requestMatchers("/tasks/*/edit", "/tasks/*", "/tasks/*/archive").hasRole("COUNTY")
                        .requestMatchers("/tasks").hasAnyRole("COUNTY", "TOWN", "DEPARTMENT", "INSPECTOR")
                        // The county's rosters: read by everyone under its plan, kept by the county office.
                        .requestMatchers(HttpMethod.POST, "/committees/**").hasRole("COUNTY")
                        .requestMatchers("/committees/**").hasAnyRole("COUNTY", "TOWN", "DEPARTMENT", "INSPECTOR")
                        .requestMatchers("/pattern/items/**").hasRole("COUNTY")
                        .requestMatchers(HttpMethod.POST, "/pattern/**")
                        .hasAnyRole("COUNTY", "TOWN", "VILLAGE", "DEPARTMENT")
                        .requestMatchers("/pattern", "/pattern/**")
                        .hasAnyRole("COUNTY", "TOWN", "VILLAGE", "DEPARTMENT", "INSPECTOR")
                        .requestMatchers(HttpMethod.POST, "/plan/**").hasRole("COUNTY")
                        .requestMatchers("/plan", "/plan/**")
                        .hasAnyRole("COUNTY", "TOWN", "VILLAGE", "DEPARTMENT", "INSPECTOR")
                        .requestMatchers("/supervision", "/supervision.xlsx", "/supervision/**")
                        .hasAnyRole("COUNTY", "INSPECTOR")
                        .requestMatchers(HttpMethod.POST, "/training/**").hasAnyRole("COUNTY", "TOWN", "DEPARTMENT")
                        .requestMatchers("/training").hasAnyRole("COUNTY", "TOWN", "DEPARTMENT", "INSPECTOR")
                        .requestMatchers("/transfers").hasAnyRole("COUNTY", "TOWN", "VILLAGE")
                        .requestMatchers("/mandatory-reports/**")
                        .hasAnyRole("COUNTY", "TOWN", "VILLAGE", "DEPARTMENT", "REPORTER")
                        // Care services: kept by the county office, towns and villages, read by the inspector; the
                        // county alone sets the visit plan. Whose records: CareScope, in the services.
                        .requestMatchers(HttpMethod.POST, "/care/visit-plan").hasRole("COUNTY")
                        .requestMatchers(HttpMethod.POST, "/care/**").hasAnyRole("COUNTY", "TOWN", "VILLAGE")
                        .requestMatchers("/care/places/new", "/care/carers/new", "/care/activities/new",
                                "/care/people-search")
                        .hasAnyRole("COUNTY", "TOWN", "VILLAGE")
                        .requestMatchers("/care/figures/*/towns/*").hasAnyRole("COUNTY", "TOWN", "INSPECTOR")
                        .requestMatchers("/care/**").hasAnyRole("COUNTY", "TOWN", "VILLAGE", "INSPECTOR")
                        .requestMatchers("/my/people").hasAnyRole("COUNTY", "TOWN", "VILLAGE")
                        // The registry: changed by the county office, towns and villages; read by the departments
                        // and the inspector; never seen by reporters, the administrator or the auditor. A department
                        // reveals the numbers of the children of its own cases (the service checks which).
                        .requestMatchers(HttpMethod.POST, "/children/*/transfer", "/elderly/*/transfer").hasRole("COUNTY")
                        .requestMatchers(HttpMethod.POST, "/children/*/reveal", "/elderly/*/reveal")
                        .hasAnyRole("COUNTY", "TOWN", "VILLAGE", "DEPARTMENT")
                        .requestMatchers(HttpMethod.POST, "/children/**", "/elderly/**")
                        .hasAnyRole(REGISTRY_CHANGERS)
                        .requestMatchers("/children/new", "/children/*/edit", "/elderly/new", "/elderly/*/edit",
                                "/people/id-check", "/elderly/delegate-choices")
                        .hasAnyRole(REGISTRY_CHANGERS)
                        .requestMatchers("/children/**", "/elderly/**")
                        .hasAnyRole("COUNTY", "TOWN", "VILLAGE", "DEPARTMENT", "INSPECTOR")
                        .anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(contextRepository))
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(new LoginHandlers.Success(accounts, secondFactor))
                        .failureHandler(new LoginHandlers.Failure(accounts))
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .addLogoutHandler(new LoginHandlers.AuditingLogout(audit))
                        .logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true)
                        .deleteCookies("REGISTRY_SESSION"))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .invalidSessionUrl("/login?expired"))
                .exceptionHandling(ex -> ex.accessDeniedHandler(accessDenied))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new LoginThrottleFilter(accounts, audit), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AccountSessionFilter(accounts::sessionState, audit,
                        properties.session().absoluteLifetime(), clock), AuthorizationFilter.class);
        return http.build();
    }
}
