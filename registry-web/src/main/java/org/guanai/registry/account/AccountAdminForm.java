package org.guanai.registry.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The administrator's account form; the rules on role and scope are the service's. */
public class AccountAdminForm {

    @NotBlank(message = "{account.error.usernameFormat}")
    private String username;

    @NotBlank(message = "{account.error.displayName}")
    @Size(max = 60, message = "{account.error.displayName}")
    private String displayName;

    @NotNull(message = "{account.error.role}")
    private Role role;

    private String scopeRegionCode;

    private Long scopeOrganisationId;

    private long version;

    static AccountAdminForm of(Account account) {
        AccountAdminForm form = new AccountAdminForm();
        form.username = account.getUsername();
        form.displayName = account.getDisplayName();
        form.role = account.getRole();
        form.scopeRegionCode = account.getScopeRegionCode();
        form.scopeOrganisationId = account.getScopeOrganisationId();
        form.version = account.getVersion();
        return form;
    }

    AccountForm toCommand() {
        boolean byOrganisation = role != null && role.scopedByOrganisation();
        return new AccountForm(username, displayName, role, byOrganisation ? null : scopeRegionCode,
                byOrganisation ? scopeOrganisationId : null);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getScopeRegionCode() {
        return scopeRegionCode;
    }

    public void setScopeRegionCode(String scopeRegionCode) {
        this.scopeRegionCode = scopeRegionCode;
    }

    public Long getScopeOrganisationId() {
        return scopeOrganisationId;
    }

    public void setScopeOrganisationId(Long scopeOrganisationId) {
        this.scopeOrganisationId = scopeOrganisationId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
