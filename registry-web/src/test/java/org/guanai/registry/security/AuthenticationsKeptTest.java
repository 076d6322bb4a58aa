package org.guanai.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.guanai.registry.account.AccountSnapshot;
import org.guanai.registry.account.Role;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * A stored security context is deserialized once per stored form (decision 044): each read gets a context of its own
 * around the kept authentication, so clearing one (a logout) changes no other read; anything else, and a context
 * stored anew, is deserialized on every read.
 */
class AuthenticationsKeptTest {

    final UnreadableSessionAttributes.ClassesKept classes =
            new UnreadableSessionAttributes.ClassesKept(getClass().getClassLoader());
    final AtomicInteger deserialized = new AtomicInteger();
    final Function<byte[], Object> deserialize = bytes -> {
        deserialized.incrementAndGet();
        try {
            return classes.deserialize(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    static byte[] storedContext(long accountId, int epoch) {
        AccountPrincipal principal = AccountPrincipal.of(new AccountSnapshot(accountId, "longshan", "李娟", null,
                Role.TOWN, "522730100000", null, "龙山镇", Jurisdiction.region(RegionCode.of("522730100000")),
                "522730000000", true, false, false, epoch, false));
        return new SerializingConverter().convert(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities())));
    }

    @Test
    void aStoredContextIsDeserializedOnceAndEachReadGetsAContextOfItsOwn() {
        var kept = new UnreadableSessionAttributes.AuthenticationsKept(10);
        byte[] stored = storedContext(7, 3);

        SecurityContext first = (SecurityContext) kept.read(stored, deserialize);
        SecurityContext second = (SecurityContext) kept.read(stored.clone(), deserialize);
        assertThat(deserialized).hasValue(1);
        assertThat(second).isNotSameAs(first);
        assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
        assertThat(((AccountPrincipal) second.getAuthentication().getPrincipal()).id()).isEqualTo(7);

        first.setAuthentication(null); // a logout clears the context it holds
        assertThat(((SecurityContext) kept.read(stored, deserialize)).getAuthentication())
                .isSameAs(second.getAuthentication());
    }

    @Test
    void aContextStoredAnewAndAnythingElseAreDeserializedOnEveryRead() {
        var kept = new UnreadableSessionAttributes.AuthenticationsKept(10);
        SecurityContext before = (SecurityContext) kept.read(storedContext(7, 3), deserialize);
        SecurityContext after = (SecurityContext) kept.read(storedContext(7, 4), deserialize);
        assertThat(deserialized).hasValue(2);
        assertThat(((AccountPrincipal) before.getAuthentication().getPrincipal()).sessionEpoch()).isEqualTo(3);
        assertThat(((AccountPrincipal) after.getAuthentication().getPrincipal()).sessionEpoch()).isEqualTo(4);

        byte[] list = new SerializingConverter().convert(new ArrayList<>(List.of("龙山镇")));
        Object one = kept.read(list, deserialize);
        Object two = kept.read(list, deserialize);
        assertThat(deserialized).hasValue(4);
        assertThat(two).isEqualTo(one).isNotSameAs(one);

        byte[] empty = new SerializingConverter().convert(new SecurityContextImpl());
        kept.read(empty, deserialize);
        kept.read(empty, deserialize);
        assertThat(deserialized).as("a context without an authentication is not kept").hasValue(6);
        assertThat(kept.size()).isEqualTo(2);
    }

    @Test
    void pastItsBoundEverythingKeptIsDropped() {
        var kept = new UnreadableSessionAttributes.AuthenticationsKept(2);
        kept.read(storedContext(1, 0), deserialize);
        kept.read(storedContext(2, 0), deserialize);
        assertThat(kept.size()).isEqualTo(2);
        kept.read(storedContext(3, 0), deserialize);
        assertThat(kept.size()).isEqualTo(1);
        kept.read(storedContext(1, 0), deserialize);
        assertThat(deserialized).hasValue(4);
    }
}
