package org.guanai.registry.account;

import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.shared.RegistryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator of an installation from REGISTRY_ADMIN_USERNAME and
 * REGISTRY_ADMIN_PASSWORD, only when no administrator exists; the password must be changed at the
 * first login. Runs after the demo loader, so a demo installation keeps its own admin.
 */
@Component
@Order(100)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final AuditService audit;
    private final RegistryProperties.Admin admin;

    AdminBootstrap(AccountService accounts, AuditService audit, RegistryProperties properties) {
        this.accounts = accounts;
        this.audit = audit;
        this.admin = properties.admin();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.administratorExists()) {
            return;
        }
        if (admin.username() == null || admin.username().isBlank() || admin.password() == null) {
            log.warn("No administrator exists. Set REGISTRY_ADMIN_USERNAME and REGISTRY_ADMIN_PASSWORD and restart "
                    + "to create the first one.");
            return;
        }
        try {
            Account created = accounts.createWithPassword(
                    new AccountForm(admin.username(), "系统管理员", Role.ADMIN, null, null), admin.password(), true);
            audit.record(AuditAction.ADMIN_BOOTSTRAPPED, "account", created.getId(), AuditOutcome.SUCCESS,
                    created.getUsername());
            log.info("Created the first administrator '{}'; the password must be changed at the first login.",
                    created.getUsername());
        } catch (AccountException e) {
            throw new IllegalStateException("REGISTRY_ADMIN_USERNAME / REGISTRY_ADMIN_PASSWORD rejected (" + e.messageKey()
                    + "): the password needs at least 8 characters from three of upper case, lower case, digits and "
                    + "symbols, and must not contain the username.", e);
        }
    }
}
