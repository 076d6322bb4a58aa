package org.guanai.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.util.Base64;
import org.guanai.registry.account.Role;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.RegionCode;
import org.junit.jupiter.api.Test;

/**
 * Sessions live in PostgreSQL across deploys and every node reads them, so a new version must read the
 * principal an earlier one wrote. The fixture was written on 2026-11-24 by the code before the classes'
 * serialVersionUIDs were pinned; a change to them that breaks this is a change that logs everyone out (or
 * worse, fails their pages) during a rolling deploy.
 */
class SessionCompatibilityTest {

    @Test
    void aPrincipalWrittenByAnEarlierVersionStillReads() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/sessions/account-principal-2026-11.b64")) {
            bytes = Base64.getMimeDecoder().decode(in.readAllBytes());
        }
        AccountPrincipal principal;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            principal = (AccountPrincipal) in.readObject();
        }
        assertThat(principal.id()).isEqualTo(7L);
        assertThat(principal.getUsername()).isEqualTo("longshan");
        assertThat(principal.displayName()).isEqualTo("龙山镇社会事业办 李娟");
        assertThat(principal.role()).isEqualTo(Role.TOWN);
        assertThat(principal.scopeName()).isEqualTo("龙山镇");
        assertThat(principal.sessionEpoch()).isEqualTo(3);
        assertThat(principal.getPassword()).isNull();
        assertThat(principal.jurisdiction()).isEqualTo(Jurisdiction.region(RegionCode.of("522730100000")));
    }
}
