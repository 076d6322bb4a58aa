package org.guanai.registry.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the audit trail keeps of a name typed at the login that is no account's: its hash, never the text. People
 * type their passwords into the username field; the hash still lets an auditor see the same name tried again.
 */
final class UnknownUsernames {

    /** Marks a hashed name in the trail; no username can contain it (usernames are letters, digits, _ . -). */
    static final String PREFIX = "?";

    private UnknownUsernames() {
    }

    static String hash(String typed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(typed.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
