package org.guanai.registry.shared;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistryProperties.class)
public class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * "Today" for Bean Validation (@PastOrPresent …) is the installation's day, from the application's clock:
     * with the JVM in UTC, a visit dated today in China was "in the future" from 16:00 to 24:00 UTC.
     */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock, RegistryProperties properties) {
        return configuration -> configuration.clockProvider(() -> clock.withZone(properties.timeZone()));
    }

    /** bcrypt by default, with an {id} prefix so that the hash can be upgraded later without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
