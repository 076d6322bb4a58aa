package org.guanai.registry.security;

import org.guanai.registry.audit.Actor;
import org.guanai.registry.audit.ActorProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The audit actor of the current request: the logged-in account and the client address. */
@Component
class SecurityActorProvider implements ActorProvider {

    @Override
    public Actor current() {
        String ip = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? ClientAddress.of(attributes.getRequest()) : null;
        AccountPrincipal p = AccountPrincipal.current();
        if (p != null) {
            return new Actor(p.id(), p.getUsername(), ip, p.countyCode());
        }
        return ip == null ? null : new Actor(null, null, ip, null);
    }
}
