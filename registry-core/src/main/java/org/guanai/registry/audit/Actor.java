package org.guanai.registry.audit;

/**
 * Who does something, and from where: written on every audit row.
 *
 * @param countyCode the county whose audit trail the row belongs to (the actor's county, or its own region when
 *                   its scope lies above a county); null for the installation itself
 */
public record Actor(Long accountId, String username, String ip, String countyCode) {

    public static final Actor SYSTEM = new Actor(null, "system", null, null);

    /** Someone not (yet) logged in: a login attempt under a name that must already be fit to store. */
    public static Actor anonymous(String username, String ip) {
        return new Actor(null, username, ip, null);
    }
}
