package org.guanai.registry.account;

/** A new or reset account with the one-time password to hand over (shown once, never stored in clear). */
public record CreatedAccount(Account account, String temporaryPassword) {
}
