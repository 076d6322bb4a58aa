package org.guanai.registry.web;

import static org.guanai.registry.account.Role.ADMIN;
import static org.guanai.registry.account.Role.AUDITOR;
import static org.guanai.registry.account.Role.COUNTY;
import static org.guanai.registry.account.Role.DEPARTMENT;
import static org.guanai.registry.account.Role.INSPECTOR;
import static org.guanai.registry.account.Role.REPORTER;
import static org.guanai.registry.account.Role.TOWN;
import static org.guanai.registry.account.Role.VILLAGE;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;

/**
 * The main menu's entries and the roles that see each ({@code th:if="${menu.CHILDREN}"} in the layout). What a
 * role may open is SecurityConfiguration's URL rules; an entry is shown to the roles it is useful to. Worked out
 * once per role rather than by a {@code sec:authorize} expression per link on every page.
 */
public enum MenuEntry {
    CHILDREN(COUNTY, TOWN, VILLAGE, DEPARTMENT, INSPECTOR),
    ELDERLY(COUNTY, TOWN, VILLAGE, DEPARTMENT, INSPECTOR),
    IMPORTS(COUNTY, TOWN),
    INBOX(COUNTY, TOWN, VILLAGE, DEPARTMENT),
    MY_PEOPLE(COUNTY, TOWN, VILLAGE),
    CARE(COUNTY, TOWN, VILLAGE, INSPECTOR),
    CASES(COUNTY, TOWN, VILLAGE, DEPARTMENT, INSPECTOR),
    MANDATORY_REPORT(COUNTY, TOWN, VILLAGE, DEPARTMENT, REPORTER),
    MY_REPORTS(REPORTER),
    QUARTERLY_REPORTS(COUNTY, TOWN, DEPARTMENT, INSPECTOR),
    TASKS(COUNTY, TOWN, DEPARTMENT, INSPECTOR),
    PATTERN(COUNTY, TOWN, VILLAGE, DEPARTMENT, INSPECTOR),
    COMMITTEES(COUNTY, TOWN, DEPARTMENT, INSPECTOR),
    PLAN(COUNTY, TOWN, DEPARTMENT, INSPECTOR),
    SUPERVISION(COUNTY, INSPECTOR),
    TRAINING(COUNTY, TOWN, DEPARTMENT, INSPECTOR),
    TRANSFERS(COUNTY, TOWN, VILLAGE),
    CASE_ROUTES(COUNTY, INSPECTOR),
    ACCOUNTS(ADMIN),
    REGIONS(ADMIN),
    ORGANISATIONS(ADMIN),
    AUDIT(COUNTY, AUDITOR);

    private static final Map<Role, Map<String, Boolean>> SHOWN_BY_ROLE = new EnumMap<>(Role.class);

    static {
        for (Role role : Role.values()) {
            SHOWN_BY_ROLE.put(role, Arrays.stream(values())
                    .collect(Collectors.toUnmodifiableMap(Enum::name, entry -> entry.isShownTo(role))));
        }
    }

    private final Set<Role> roles;

    MenuEntry(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
    }

    public boolean isShownTo(Role role) {
        return roles.contains(role);
    }

    /**
     * Each entry's name → whether the user sees it; nothing before logging in. A name missing from the map
     * fails the page loudly.
     */
    static Map<String, Boolean> shownTo(SignedInUser user) {
        return user == null ? Map.of() : SHOWN_BY_ROLE.get(user.role());
    }
}
