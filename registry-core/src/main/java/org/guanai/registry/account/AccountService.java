package org.guanai.registry.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.organisation.Organisation;
import org.guanai.registry.organisation.OrganisationKind;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.LikePatterns;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administration of accounts: create, change, enable, reset, unlock. Logins are {@link AccountLogins}'. */
@Service
@Transactional
public class AccountService {

    private static final String OBJECT_TYPE = "account";

    private final AccountRepository accounts;
    private final RegionService regions;
    private final OrganisationService organisations;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Clock clock;

    AccountService(AccountRepository accounts, RegionService regions, OrganisationService organisations,
            PasswordEncoder passwordEncoder, AuditService audit, Clock clock) {
        this.accounts = accounts;
        this.regions = regions;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- administration ----------------------------------------------------------------------

    /**
     * A page of the accounts whose user name or name contains {@code text} (any case; blank for all), of {@code role}
     * (null for any), by role and user name: a prefecture's installation has thousands.
     */
    @Transactional(readOnly = true)
    public Page<Account> search(String text, Role role, Pageable page) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return accounts.search(LikePatterns.containing(typed), role, page);
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(long id) {
        return accounts.findById(id);
    }

    @Transactional(readOnly = true)
    public boolean administratorExists() {
        return accounts.existsByRole(Role.ADMIN);
    }

    /** Creates an account with a one-time password that must be changed at the first login. */
    public CreatedAccount create(AccountForm form) {
        String temporary = TemporaryPasswords.generate(form.username());
        Account account = insert(form, temporary, true);
        audit.record(AuditAction.ACCOUNT_CREATED, OBJECT_TYPE, account.getId(), AuditOutcome.SUCCESS,
                describe(account));
        return new CreatedAccount(account, temporary);
    }

    /** Creates an account with a known password: demo accounts, and the bootstrap administrator. */
    public Account createWithPassword(AccountForm form, String password, boolean mustChangePassword) {
        PasswordPolicy.require(form.username(), password, "password");
        return insert(form, password, mustChangePassword);
    }

    /**
     * An account of the demo profile, with the password the README publishes for every demo account. Published, it is
     * no secret: the password rules are not applied to it, and the demo runs only on its own embedded database.
     */
    public Account createDemoAccount(AccountForm form, String password) {
        return insert(form, password, false);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.findByUsername(username).isPresent();
    }

    public Account update(long id, long expectedVersion, AccountForm form) {
        Account account = accounts.findById(id).orElseThrow(() -> new AccountException("account.error.notFound", null));
        if (account.getVersion() != expectedVersion) {
            throw new AccountException("common.error.concurrentEdit", null);
        }
        String displayName = requireDisplayName(form.displayName());
        Scope scope = resolveScope(form);
        String before = describe(account);
        account.changeRoleAndScope(displayName, form.role(), scope.regionCode(), scope.organisationId());
        accounts.flush();
        audit.record(AuditAction.ACCOUNT_UPDATED, OBJECT_TYPE, id, AuditOutcome.SUCCESS,
                before + " → " + describe(account));
        return account;
    }

    public void setEnabled(long id, boolean enabled) {
        Account account = accounts.findById(id).orElseThrow(() -> new AccountException("account.error.notFound", null));
        if (account.isEnabled() == enabled) {
            return;
        }
        if (!enabled && account.getId().equals(audit.currentActor().accountId())) {
            throw new AccountException("account.error.disableSelf", null);
        }
        account.setEnabled(enabled);
        audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, OBJECT_TYPE, id,
                AuditOutcome.SUCCESS, account.getUsername());
    }

    /** Replaces the password with a one-time one, clears any lock and ends the account's sessions. */
    public CreatedAccount resetPassword(long id) {
        Account account = accounts.findById(id).orElseThrow(() -> new AccountException("account.error.notFound", null));
        String temporary = TemporaryPasswords.generate(account.getUsername());
        account.setPassword(passwordEncoder.encode(temporary), true, clock.instant());
        account.unlock();
        audit.record(AuditAction.PASSWORD_RESET, OBJECT_TYPE, id, AuditOutcome.SUCCESS, account.getUsername());
        return new CreatedAccount(account, temporary);
    }

    public void unlock(long id) {
        Account account = accounts.findById(id).orElseThrow(() -> new AccountException("account.error.notFound", null));
        if (account.getLockedUntil() == null && account.getFailedAttempts() == 0) {
            return;
        }
        account.unlock();
        audit.record(AuditAction.ACCOUNT_UNLOCKED, OBJECT_TYPE, id, AuditOutcome.SUCCESS,
                "管理员解锁: " + account.getUsername());
    }

    /** The name of an account's scope as users know it (龙山镇, 龙里县教育局 …). */
    @Transactional(readOnly = true)
    public String scopeNameOf(Account account) {
        if (account.getScopeOrganisationId() != null) {
            return organisations.find(account.getScopeOrganisationId()).map(Organisation::getName).orElse("");
        }
        return account.getScopeRegionCode() == null ? "" : regions.nameOf(account.getScopeRegionCode());
    }

    // ---- internals -----------------------------------------------------------------------------

    private Account insert(AccountForm form, String password, boolean mustChangePassword) {
        String username = form.username() == null ? "" : form.username().trim();
        if (!username.matches("[A-Za-z0-9][A-Za-z0-9_.-]{2,39}")) {
            throw new AccountException("account.error.usernameFormat", "username");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new AccountException("account.error.usernameTaken", "username");
        }
        String displayName = requireDisplayName(form.displayName());
        Scope scope = resolveScope(form);
        Account account = new Account(username, displayName, passwordEncoder.encode(password), form.role(),
                scope.regionCode(), scope.organisationId(), mustChangePassword, clock.instant());
        return accounts.saveAndFlush(account);
    }

    private static String requireDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.trim().length() > 60) {
            throw new AccountException("account.error.displayName", "displayName");
        }
        return displayName.trim();
    }

    private record Scope(String regionCode, Long organisationId) {
    }

    /** Checks that the scope fits the role: a town clerk's scope is a town, a department's an organisation … */
    private Scope resolveScope(AccountForm form) {
        Role role = form.role();
        if (role == null) {
            throw new AccountException("account.error.role", "role");
        }
        if (role.scopedByOrganisation()) {
            Organisation organisation = organisations.find(form.scopeOrganisationId())
                    .orElseThrow(() -> new AccountException("account.error.scopeOrganisation", "scopeOrganisationId"));
            if (role == Role.DEPARTMENT && isReportingOnly(organisation.getKind())) {
                throw new AccountException("account.error.scopeOrganisationKind", "scopeOrganisationId");
            }
            return new Scope(null, organisation.getId());
        }
        String code = form.scopeRegionCode() == null ? "" : form.scopeRegionCode().trim();
        if (code.isEmpty() && role == Role.ADMIN) {
            return new Scope(null, null);
        }
        Region region = regions.find(code)
                .orElseThrow(() -> new AccountException("account.error.scopeRegion", "scopeRegionCode"));
        if (!role.allowsScopeAt(region.getLevel())) {
            throw new AccountException("account.error.scopeLevel." + role.name(), "scopeRegionCode");
        }
        return new Scope(region.getCode(), null);
    }

    private static boolean isReportingOnly(OrganisationKind kind) {
        return kind == OrganisationKind.SCHOOL || kind == OrganisationKind.KINDERGARTEN
                || kind == OrganisationKind.CLINIC || kind == OrganisationKind.VILLAGE_COMMITTEE;
    }

    private String describe(Account a) {
        return a.getUsername() + " " + a.getRole() + " " + scopeNameOf(a);
    }
}
