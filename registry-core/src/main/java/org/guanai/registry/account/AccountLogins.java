package org.guanai.registry.account;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.guanai.registry.audit.Actor;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.organisation.Organisation;
import org.guanai.registry.organisation.OrganisationService;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.shared.PreparedOnServer;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bookkeeping of logins: the account a login attempt names, successes and failures (throttled per address, the
 * account locked after too many), the second factor's outcome, what every request checks of its session, and one's own
 * password change. Administration of accounts is {@link AccountService}'s.
 */
@Service
@Transactional
public class AccountLogins {

    private static final String OBJECT_TYPE = "account";

    private final AccountRepository accounts;
    private final AccountService administration;
    private final OrganisationService organisations;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final RegistryProperties.Login loginSettings;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final UnknownUsernames unknownUsernames;

    AccountLogins(AccountRepository accounts, AccountService administration, OrganisationService organisations,
            PasswordEncoder passwordEncoder, AuditService audit, RegistryProperties properties, Clock clock,
            JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.administration = administration;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.loginSettings = properties.login();
        this.clock = clock;
        this.jdbc = jdbc;
        this.unknownUsernames = new UnknownUsernames(properties.mfa().secretKey());
    }

    /** The account for a login attempt; an expired lock is cleared (and the unlock audited) first. */
    public Optional<AccountSnapshot> prepareLogin(String username) {
        Optional<Account> found = accounts.findByUsername(username == null ? "" : username.trim());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (account.getLockedUntil() != null && !account.isLockedAt(now)
                && accounts.clearExpiredLock(account.getId(), now) == 1) {
            audit.recordInTransaction(new Actor(null, Actor.SYSTEM.username(), null, countyOf(account)),
                    AuditAction.ACCOUNT_UNLOCKED, OBJECT_TYPE, account.getId(), AuditOutcome.SUCCESS,
                    "锁定期满自动解锁: " + account.getUsername());
            account = accounts.findById(account.getId()).orElseThrow();
        }
        return Optional.of(snapshot(account, now));
    }

    /**
     * A correct password. {@code complete}: no second factor follows, the login is done and the failure count starts
     * again; otherwise it starts again only once the second factor is right (a password alone must not reset the count
     * of wrong codes, or a thief of the password could try codes without end).
     */
    public void loginSucceeded(long accountId, String ip, boolean complete) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (complete) {
            accounts.recordSuccessfulLogin(accountId, clock.instant());
        }
        audit.recordInTransaction(actor(account, ip), AuditAction.LOGIN, OBJECT_TYPE, accountId, AuditOutcome.SUCCESS,
                complete ? null : "password; second factor follows");
    }

    /** The second factor was right: the login is done (SecondFactorService). */
    public void secondFactorSucceeded(long accountId, String ip) {
        Account account = accounts.findById(accountId).orElseThrow();
        accounts.recordSuccessfulLogin(accountId, clock.instant());
        audit.recordInTransaction(actor(account, ip), AuditAction.LOGIN, OBJECT_TYPE, accountId, AuditOutcome.SUCCESS,
                "second factor");
    }

    /**
     * A wrong second factor counts toward the lockout as a wrong password does; returns true when it locked the account
     * (the caller then ends the session that tried).
     */
    public boolean secondFactorFailed(long accountId, String ip) {
        Account account = accounts.findById(accountId).orElseThrow();
        Actor actor = actor(account, ip);
        audit.recordInTransaction(actor, AuditAction.LOGIN, OBJECT_TYPE, accountId, AuditOutcome.FAILURE,
                "second factor");
        return countFailure(accountId, actor);
    }

    /** Ends every session of the account at its next request (a reset second factor). */
    public void endSessions(long accountId) {
        accounts.findById(accountId).orElseThrow().endSessionsNow();
    }

    /**
     * Counts a failed login under the name typed. Unknown names are audited the same way, and nothing
     * the user sees differs, so a failure never tells whether a username exists.
     */
    public void loginFailed(String typedUsername, String ip, String reason) {
        String name = typedUsername == null ? "" : typedUsername.trim();
        Optional<Account> account = accounts.findByUsername(name);
        Actor actor = account.map(a -> actor(a, ip)).orElseGet(() -> Actor.anonymous(unknownUsernames.hash(name), ip));
        Long id = account.map(Account::getId).orElse(null);
        audit.recordInTransaction(actor, AuditAction.LOGIN, OBJECT_TYPE, id, AuditOutcome.FAILURE, reason);
        if (id == null || !"bad-credentials".equals(reason)) {
            return;
        }
        countFailure(id, actor);
    }

    /** One more failure of the account (a password or a code); true when it locked the account just now. */
    private boolean countFailure(long id, Actor actor) {
        Instant now = clock.instant();
        accounts.incrementFailedAttempts(id);
        if (accounts.lockIfOverLimit(id, loginSettings.maxFailures(), now, now.plus(loginSettings.lockDuration())) == 1) {
            audit.recordInTransaction(actor, AuditAction.ACCOUNT_LOCKED, OBJECT_TYPE, id,
                    AuditOutcome.SUCCESS, "连续" + loginSettings.maxFailures() + "次登录失败，锁定"
                            + loginSettings.lockDuration().toMinutes() + "分钟");
            return true;
        }
        return false;
    }

    /**
     * The name an audit row may keep for what someone typed into the username field: the name itself when an
     * account has it, otherwise only its hash (people type their passwords there).
     */
    @Transactional(readOnly = true)
    public String auditableUsername(String typedUsername) {
        String name = typedUsername == null ? "" : typedUsername.trim();
        return accounts.findByUsername(name).map(Account::getUsername).orElseGet(() -> unknownUsernames.hash(name));
    }

    /** True when too many failures came from this address recently: its logins are refused for a while. */
    @Transactional(readOnly = true)
    public boolean ipThrottled(String ip) {
        Instant since = clock.instant().minus(loginSettings.ipWindow());
        return audit.countLoginFailuresFromIp(ip, since) >= loginSettings.maxFailuresPerIp();
    }

    /**
     * What a request of a logged-in session checks (AccountSessionFilter) when its session was not read with the
     * account's state (decision 043): one primary-key read, outside any transaction. Through JPA in a read-only
     * transaction of its own it was about 8 % of a small page's request thread (decision 015). Prepared on the server
     * (decision 037).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<SessionState> sessionState(long accountId) {
        return jdbc.query(connection -> {
            PreparedStatement statement = PreparedOnServer.prepare(connection,
                    "select enabled, session_epoch, must_change_password from account where id = ?");
            statement.setLong(1, accountId);
            return statement;
        }, (rs, row) -> new SessionState(rs.getBoolean(1), rs.getInt(2), rs.getBoolean(3))).stream().findFirst();
    }

    /**
     * Changes one's own password; returns the new session epoch (other sessions of the account end). A wrong current
     * password counts toward the lockout like a wrong one at the login (a taken-over session must not try passwords
     * without end); the refusal says when it locked the account, and the count stays although the change is refused.
     */
    @Transactional(noRollbackFor = AccountException.class)
    public int changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            Actor actor = actor(account, audit.currentActor().ip());
            audit.recordInTransaction(actor, AuditAction.PASSWORD_CHANGED, OBJECT_TYPE, accountId, AuditOutcome.FAILURE,
                    "wrong current password");
            throw new AccountException(countFailure(accountId, actor) ? "password.error.locked"
                    : "password.error.currentWrong", "currentPassword");
        }
        PasswordPolicy.require(account.getUsername(), newPassword, "newPassword");
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new AccountException("password.error.sameAsOld", "newPassword");
        }
        account.setPassword(passwordEncoder.encode(newPassword), false, clock.instant());
        accounts.flush();
        audit.record(AuditAction.PASSWORD_CHANGED, OBJECT_TYPE, accountId, AuditOutcome.SUCCESS, null);
        return account.getSessionEpoch();
    }

    private Jurisdiction jurisdiction(Role role, String scopeRegionCode, Long scopeOrganisationId) {
        return switch (role) {
            // Accounts and the audit trail need no one's personal data (三权分立).
            case ADMIN, AUDITOR -> Jurisdiction.nobody();
            case COUNTY, TOWN, VILLAGE -> Jurisdiction.region(RegionCode.of(scopeRegionCode));
            case INSPECTOR -> Jurisdiction.region(RegionCode.of(scopeRegionCode)).readOnly();
            case DEPARTMENT -> Jurisdiction.department(scopeOrganisationId, organisations.find(scopeOrganisationId)
                    .map(o -> RegionCode.of(o.getRegionCode())).orElseThrow());
            case REPORTER -> Jurisdiction.reporter(scopeOrganisationId);
        };
    }

    private AccountSnapshot snapshot(Account a, Instant now) {
        return new AccountSnapshot(a.getId(), a.getUsername(), a.getDisplayName(), a.getPasswordHash(), a.getRole(),
                a.getScopeRegionCode(), a.getScopeOrganisationId(), administration.scopeNameOf(a),
                jurisdiction(a.getRole(), a.getScopeRegionCode(), a.getScopeOrganisationId()), countyOf(a),
                a.isEnabled(), a.isLockedAt(now), a.isMustChangePassword(), a.getSessionEpoch(),
                Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from account_totp where account_id = ?)",
                        Boolean.class, a.getId())));
    }

    /**
     * The county whose settings and audit trail the account works under: its region's county (or the region itself
     * above a county), or its organisation's; null for an administrator of the whole installation.
     */
    private String countyOf(Account a) {
        String region = a.getScopeRegionCode() != null ? a.getScopeRegionCode()
                : a.getScopeOrganisationId() == null ? null
                        : organisations.find(a.getScopeOrganisationId()).map(Organisation::getRegionCode).orElse(null);
        return region == null ? null : RegionCode.of(region).countyOrAbove().value();
    }

    private Actor actor(Account a, String ip) {
        return new Actor(a.getId(), a.getUsername(), ip, countyOf(a));
    }
}
