package org.guanai.registry.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.shared.RegistryProperties;
import org.guanai.registry.shared.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of a login: a TOTP authenticator (RFC 6238) enrolled by the user, and ten one-time recovery codes
 * for a lost phone. Wrong codes count toward the same lockout as wrong passwords (AccountService); an administrator
 * resets a lost factor, which ends the account's sessions and makes it enrol again (docs/security.md, "Second factor").
 */
@Service
@Transactional
public class SecondFactorService {

    public static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a code typed at the login did. */
    public enum Outcome { ACCEPTED, WRONG, LOCKED }

    private final JdbcTemplate jdbc;
    private final AccountLogins accounts;
    private final AuditService audit;
    private final SecretBox box;
    private final Clock clock;

    SecondFactorService(JdbcTemplate jdbc, AccountLogins accounts, AuditService audit, RegistryProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.box = new SecretBox(properties.mfa().secretKey());
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean enrolled(long accountId) {
        return jdbc.queryForObject("select count(*) from account_totp where account_id = ?", Integer.class,
                accountId) > 0;
    }

    /**
     * Enrols (or re-enrols) an authenticator: {@code code} must be the current code of {@code secret}, proving the app
     * holds it. Returns the new recovery codes, shown to the user once and stored only as hashes.
     */
    public List<String> enrol(long accountId, String secret, String code) {
        OptionalLong step = Totp.match(secret, code, clock.instant(), 0);
        if (step.isEmpty()) {
            throw new AccountException("mfa.error.wrongCode", "code");
        }
        jdbc.update("delete from account_totp where account_id = ?", accountId);
        jdbc.update("delete from account_recovery_code where account_id = ?", accountId);
        jdbc.update("insert into account_totp (account_id, secret, enrolled_at, last_step) values (?, ?, ?, ?)",
                accountId, box.seal(secret), Timestamp.from(clock.instant()), step.getAsLong());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = newRecoveryCode();
            codes.add(recovery);
            jdbc.update("insert into account_recovery_code (account_id, code_hash) values (?, ?)", accountId,
                    hash(recovery));
        }
        audit.record(AuditAction.MFA_ENROLLED, "account", accountId, AuditOutcome.SUCCESS, null);
        return codes;
    }

    /**
     * Checks the second factor of a login: six digits from the authenticator (each accepted once), or an unused
     * recovery code. A wrong code counts toward the lockout; the answer says when it locked the account.
     */
    public Outcome verify(long accountId, String typed, String ip) {
        String code = typed == null ? "" : typed.strip();
        boolean accepted = code.matches("\\d{6}") ? acceptTotp(accountId, code) : acceptRecoveryCode(accountId, code);
        if (accepted) {
            accounts.secondFactorSucceeded(accountId, ip);
            return Outcome.ACCEPTED;
        }
        return accounts.secondFactorFailed(accountId, ip) ? Outcome.LOCKED : Outcome.WRONG;
    }

    /** How many recovery codes the account has left. */
    @Transactional(readOnly = true)
    public int recoveryCodesLeft(long accountId) {
        return jdbc.queryForObject("select count(*) from account_recovery_code where account_id = ? and used_at is null",
                Integer.class, accountId);
    }

    /**
     * The administrator resets a lost factor: the authenticator and the recovery codes are deleted, the account's
     * sessions end, and it enrols again at its next login.
     */
    public void reset(long accountId) {
        jdbc.update("delete from account_totp where account_id = ?", accountId);
        jdbc.update("delete from account_recovery_code where account_id = ?", accountId);
        accounts.endSessions(accountId);
        audit.record(AuditAction.MFA_RESET, "account", accountId, AuditOutcome.SUCCESS, null);
    }

    private boolean acceptTotp(long accountId, String code) {
        List<Object[]> rows = jdbc.query("select secret, last_step from account_totp where account_id = ? for update",
                (rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}, accountId);
        if (rows.isEmpty()) {
            return false;
        }
        String secret = box.open((String) rows.get(0)[0]);
        OptionalLong step = Totp.match(secret, code, clock.instant(), (Long) rows.get(0)[1]);
        step.ifPresent(s -> jdbc.update("update account_totp set last_step = ? where account_id = ?", s, accountId));
        return step.isPresent();
    }

    private boolean acceptRecoveryCode(long accountId, String code) {
        String normalised = code.toLowerCase().replaceAll("[^0-9a-z]", "");
        if (normalised.length() != 10) {
            return false;
        }
        return jdbc.update("update account_recovery_code set used_at = ? where account_id = ? and code_hash = ? and "
                + "used_at is null", Timestamp.from(Instant.now(clock)), accountId, hash(normalised)) == 1;
    }

    private static String newRecoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    /** Recovery codes carry 50 random bits each: a plain SHA-256 of the normalised code is enough to store them. */
    private static String hash(String code) {
        String normalised = code.toLowerCase().replaceAll("[^0-9a-z]", "");
        return Sha256.hex(normalised.getBytes(StandardCharsets.UTF_8));
    }
}
