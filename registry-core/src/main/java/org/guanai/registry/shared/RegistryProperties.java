package org.guanai.registry.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings under {@code registry.*}; defaults are the programme's, overridable per installation. */
@ConfigurationProperties("registry")
public record RegistryProperties(
        @DefaultValue("龙里县") String countyName,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue Login login,
        @DefaultValue Admin admin,
        @DefaultValue Cases cases,
        @DefaultValue Documents documents,
        @DefaultValue Reports reports,
        @DefaultValue Audit audit,
        @DefaultValue Mfa mfa,
        @DefaultValue Session session,
        @DefaultValue Imports imports) {

    /** The registry's date: today in its time zone, by {@code clock}. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(timeZone));
    }

    /**
     * Throttling: {@code maxFailures} consecutive failures lock an account for {@code lockDuration};
     * {@code maxFailuresPerIp} failures from one address within {@code ipWindow} refuse that address.
     */
    public record Login(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration lockDuration,
            @DefaultValue("30") int maxFailuresPerIp,
            @DefaultValue("15m") Duration ipWindow) {
    }

    /**
     * How soon the police must accept a mandatory report, by severity (一般 / 较重 / 紧急); other cases take
     * the time limit of their route (reference data).
     */
    public record Cases(
            @DefaultValue("72h") Duration responseNormal,
            @DefaultValue("24h") Duration responseSerious,
            @DefaultValue("2h") Duration responseUrgent) {
    }

    /**
     * The TrueType (or .ttc) font with Chinese glyphs that the PDFs of attachments 1 and 2 embed; Debian's
     * fonts-wqy-zenhei by default. Without it the print views still work and the PDF link says what to install.
     */
    public record Documents(
            @DefaultValue("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc") String fontPath) {
    }

    /**
     * The quarterly reports' deadline: {@code deadlineDay} of the quarter's last month (Changbai: 20), or the
     * quarter's last day when 0 (Longli, the demo county); {@code verificationDays}: the working days 教育 and 公安 have
     * to verify a submitted report before the supervision page shows it overdue.
     */
    public record Reports(@DefaultValue("0") int deadlineDay, @DefaultValue("5") int verificationDays) {
    }

    /** The first administrator of a production installation (REGISTRY_ADMIN_USERNAME / _PASSWORD). */
    /**
     * How long audit events are kept ({@code retention}, at least six months: the database refuses to delete
     * younger rows) and when the purge runs ({@code purgeCron}, in the installation's time zone).
     */
    public record Audit(
            @DefaultValue("730d") Duration retention,
            @DefaultValue("0 30 3 * * *") String purgeCron) {

        public static final Duration MINIMUM_RETENTION = Duration.ofDays(183);

        public Audit {
            if (retention.compareTo(MINIMUM_RETENTION) < 0) {
                throw new IllegalArgumentException("registry.audit.retention must be at least 183 days (six months), "
                        + "was " + retention.toDays() + " days");
            }
        }
    }

    public record Admin(String username, String password) {
    }

    /**
     * The second factor: the roles that must use one ({@code roles}, REGISTRY_MFA_ROLES; anyone may enrol), whether the
     * demo accounts must too ({@code demo}: false keeps the demo logging in with a password alone), and the key that
     * encrypts the shared secrets ({@code secretKey}, REGISTRY_MFA_SECRET_KEY: 32 bytes in Base64, required in prod).
     */
    public record Mfa(
            @DefaultValue({"ADMIN", "AUDITOR", "COUNTY"}) Set<String> roles,
            @DefaultValue("false") boolean demo,
            String secretKey) {
    }

    /** A session ends {@code absoluteLifetime} after its login, however active (besides the 30-minute idle limit). */
    public record Session(@DefaultValue("12h") Duration absoluteLifetime) {
    }

    /** A previewed import never confirmed is deleted, file and error report, after {@code unconfirmedKeptFor}. */
    public record Imports(@DefaultValue("7d") Duration unconfirmedKeptFor) {
    }
}
