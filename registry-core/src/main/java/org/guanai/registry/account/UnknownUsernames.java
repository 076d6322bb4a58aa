package org.guanai.registry.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the audit trail keeps of a name typed at the login that is no account's: a keyed hash, never the text. People
 * type their passwords into the username field; the hash still lets an auditor see the same name tried again, and,
 * keyed with the installation's secret, it cannot be reversed by hashing a list of common passwords.
 */
final class UnknownUsernames {

    /** Marks a hashed name in the trail; no username can contain it (usernames are letters, digits, _ . -). */
    static final String PREFIX = "?";

    private final SecretKeySpec key;

    /** {@code installationSecret}: the installation's key (registry.mfa.secret-key), from which this one is derived. */
    UnknownUsernames(String installationSecret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("registry: unknown usernames".getBytes(StandardCharsets.UTF_8));
            sha256.update(Base64.getDecoder().decode(installationSecret == null ? "" : installationSecret.strip()));
            this.key = new SecretKeySpec(sha256.digest(), "HmacSHA256");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("registry.mfa.secret-key (REGISTRY_MFA_SECRET_KEY) is not Base64", e);
        }
    }

    String hash(String typed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(typed.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
