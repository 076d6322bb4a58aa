package org.guanai.registry.demo;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The usernames of the demo accounts the README lists (for the demo's exemption from the second factor). */
public final class DemoAccounts {

    private DemoAccounts() {
    }

    public static Set<String> usernames() {
        return Stream.concat(LongliDemoCounty.ACCOUNTS.stream(), ChangbaiDemoCounty.ACCOUNTS.stream())
                .map(LongliDemoCounty.DemoAccount::username).collect(Collectors.toUnmodifiableSet());
    }
}
