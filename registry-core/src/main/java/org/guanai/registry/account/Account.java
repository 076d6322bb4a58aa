package org.guanai.registry.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A login. Dynamic updates: the throttling counters are changed by atomic UPDATE statements, and an
 * administrator's edit must not write stale copies of them back.
 */
@Entity
@DynamicUpdate
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false, length = 60)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 120)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "scope_region_code", length = 12)
    private String scopeRegionCode;

    @Column(name = "scope_organisation_id")
    private Long scopeOrganisationId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
    }

    Account(String username, String displayName, String passwordHash, Role role, String scopeRegionCode,
            Long scopeOrganisationId, boolean mustChangePassword, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.scopeRegionCode = scopeRegionCode;
        this.scopeOrganisationId = scopeOrganisationId;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changeRoleAndScope(String displayName, Role role, String scopeRegionCode, Long scopeOrganisationId) {
        boolean scopeChanged = this.role != role || !Objects.equals(this.scopeRegionCode, scopeRegionCode)
                || !Objects.equals(this.scopeOrganisationId, scopeOrganisationId);
        this.displayName = displayName;
        this.role = role;
        this.scopeRegionCode = scopeRegionCode;
        this.scopeOrganisationId = scopeOrganisationId;
        if (scopeChanged) {
            endSessions();
        }
    }

    void setEnabled(boolean enabled) {
        if (this.enabled && !enabled) {
            endSessions();
        }
        this.enabled = enabled;
    }

    void setPassword(String passwordHash, boolean mustChange, Instant now) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
        this.passwordChangedAt = now;
        endSessions();
    }

    void unlock() {
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    /** Sessions carry the epoch they logged in under; a new epoch ends them on their next request. */
    private void endSessions() {
        this.sessionEpoch++;
    }

    /** Ends the account's sessions at their next request (a reset second factor). */
    void endSessionsNow() {
        endSessions();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getScopeRegionCode() {
        return scopeRegionCode;
    }

    public Long getScopeOrganisationId() {
        return scopeOrganisationId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
