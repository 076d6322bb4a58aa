package org.guanai.registry.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** TOTP as RFC 6238 defines it: the SHA-1 test vectors of its appendix B, the window, and each code used once. */
class TotpTest {

    /** RFC 6238's SHA-1 secret, "12345678901234567890", in Base32. */
    static final String SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
            "2000000000, 279037", "20000000000, 353130"})
    void theRfcTestVectorsInSixDigits(long seconds, String code) {
        // The RFC prints eight digits; the last six are the six-digit code.
        assertThat(Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(seconds)))).isEqualTo(code);
    }

    @Test
    void base32RoundTripsAndANewSecretIs160Bits() {
        byte[] bytes = "any bytes at all!".getBytes(StandardCharsets.US_ASCII);
        assertThat(Totp.fromBase32(Totp.base32(bytes))).startsWith(bytes);
        assertThat(Totp.fromBase32(Totp.newSecret())).hasSize(20);
    }

    @Test
    void aCodeMatchesInItsWindowOnceAndNeverAfterItsStep() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        String current = Totp.code(SECRET, step);
        assertThat(Totp.match(SECRET, current, now, 0)).hasValue(step);
        assertThat(Totp.match(SECRET, Totp.code(SECRET, step - 1), now, 0)).hasValue(step - 1);
        assertThat(Totp.match(SECRET, Totp.code(SECRET, step + 2), now, 0)).isEmpty();
        assertThat(Totp.match(SECRET, current, now, step)).isEmpty();
        assertThat(Totp.match(SECRET, " " + current.substring(0, 3) + " " + current.substring(3), now, 0))
                .hasValue(step);
        assertThat(Totp.match(SECRET, "12345", now, 0)).isEmpty();
    }

    @Test
    void theUriIsTheKeyUriFormatAuthenticatorsRead() {
        assertThat(Totp.uri("龙里县", "county", "ABC")).startsWith("otpauth://totp/%E9%BE%99%E9%87%8C%E5%8E%BF:county?")
                .contains("secret=ABC").contains("digits=6").contains("period=30");
    }
}
