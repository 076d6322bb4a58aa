package org.guanai.registry.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The second factor's secrets at rest: sealed with the installation's key, useless without it. */
class SecretBoxTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes());

    @Test
    void sealsAndOpensWithTheSameKeyOnly() {
        SecretBox box = new SecretBox(KEY);
        String sealed = box.seal("JBSWY3DPEHPK3PXP");
        assertThat(sealed).doesNotContain("JBSWY3DPEHPK3PXP").isNotEqualTo(box.seal("JBSWY3DPEHPK3PXP"));
        assertThat(box.open(sealed)).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThatThrownBy(() -> new SecretBox(OTHER_KEY).open(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyOfThirtyTwoBytesTheApplicationDoesNotStart() {
        assertThatThrownBy(() -> new SecretBox("")).hasMessageContaining("REGISTRY_MFA_SECRET_KEY");
        assertThatThrownBy(() -> new SecretBox("c2hvcnQ=")).hasMessageContaining("openssl rand -base64 32");
    }
}
