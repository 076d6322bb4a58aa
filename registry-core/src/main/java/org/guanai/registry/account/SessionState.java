package org.guanai.registry.account;

/** What a request of a logged-in session checks against the database: still enabled, same epoch. */
public record SessionState(boolean enabled, int sessionEpoch, boolean mustChangePassword) {
}
