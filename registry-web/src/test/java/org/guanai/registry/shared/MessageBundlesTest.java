package org.guanai.registry.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.guanai.registry.account.PasswordPolicy;
import org.guanai.registry.account.Role;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.organisation.OrganisationKind;
import org.guanai.registry.region.RegionKind;
import org.guanai.registry.region.RegionLevel;
import org.junit.jupiter.api.Test;

/** The Chinese bundle and its English fallback hold the same keys, and every key a page names exists. */
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("messages.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames()));
        assertThat(new TreeSet<>(load("labels.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("labels_zh_CN.properties").stringPropertyNames()));
    }

    /** Pages resolve keys from both bundles (spring.messages.basename=messages,labels). */
    private static Properties chinese() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        zh.putAll(load("labels_zh_CN.properties"));
        return zh;
    }

    @Test
    void everyLiteralKeyInTheTemplatesExists() throws IOException {
        Properties zh = chinese();
        Pattern key = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    if (!zh.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownOnAPageHasALabel() throws IOException {
        Properties zh = chinese();
        Set<String> missing = new TreeSet<>();
        for (Role r : Role.values()) {
            missing.add("role." + r);
            missing.add("role.duty." + r);
            if (r.scopeLevel() != null) {
                missing.add("account.error.scopeLevel." + r);
            }
        }
        Stream.of(AuditAction.values()).forEach(a -> missing.add("audit.action." + a));
        Stream.of(PasswordPolicy.Violation.values()).forEach(v -> missing.add("password.policy." + v));
        Stream.of(RegionLevel.values()).forEach(v -> missing.add("level." + v));
        Stream.of(RegionKind.values()).forEach(v -> missing.add("kind." + v));
        Stream.of(OrganisationKind.values()).forEach(v -> missing.add("orgkind." + v));
        missing.removeAll(zh.stringPropertyNames());
        assertThat(missing).isEmpty();
    }
}
