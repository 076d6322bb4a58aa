package org.guanai.registry.shared;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings under {@code registry.*}; defaults are the programme's, overridable per installation. */
@ConfigurationProperties("registry")
public record RegistryProperties(
        @DefaultValue("龙里县") String countyName,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue Login login,
        @DefaultValue Admin admin) {

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

    /** The first administrator of a production installation (REGISTRY_ADMIN_USERNAME / _PASSWORD). */
    public record Admin(String username, String password) {
    }
}
