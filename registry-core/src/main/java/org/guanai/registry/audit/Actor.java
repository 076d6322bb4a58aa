package org.guanai.registry.audit;

/** Who does something, and from where: written on every audit row. */
public record Actor(Long accountId, String username, String ip) {

    public static final Actor SYSTEM = new Actor(null, "system", null);

    /** Someone not (yet) logged in, e.g. a login attempt under the name typed. */
    public static Actor anonymous(String typedUsername, String ip) {
        return new Actor(null, typedUsername, ip);
    }
}
