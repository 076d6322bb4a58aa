package org.guanai.registry.security;

import org.guanai.registry.account.AccountLogins;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountLogins accounts;

    AccountUserDetailsService(AccountLogins accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.prepareLogin(username).map(AccountPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
