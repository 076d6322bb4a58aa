package org.guanai.registry.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.committee.CommitteeKind;
import org.guanai.registry.committee.CommitteeService;
import org.guanai.registry.committee.MemberPosition;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.region.RegionCode;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo county's rosters, entered through the service as the county office would: the leading group of the
 * Longli plan, and the Changbai plan's joint meeting as the example of the other kind (files in {@code demo/}).
 */
@Component
class DemoCommittees {

    private final CommitteeService committees;

    DemoCommittees(CommitteeService committees) {
        this.committees = committees;
    }

    void load(RegionCode county) {
        SignedInUser office = new SignedInUser(null, "demo", "演示数据", Role.COUNTY, Jurisdiction.region(county));
        load(CommitteeKind.LEADING_GROUP, "demo/leading-group.txt", office);
        load(CommitteeKind.JOINT_MEETING, "demo/joint-meeting.txt", office);
    }

    private void load(CommitteeKind kind, String file, SignedInUser office) {
        Map<String, String> header = new HashMap<>();
        List<String> lines = read(file).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        lines.stream().filter(l -> l.contains("=")).forEach(l -> header.put(l.substring(0, l.indexOf('=')),
                l.substring(l.indexOf('=') + 1)));
        committees.describe(kind, 0, header.get("name"), header.get("basis"), header.get("office"), office);
        for (String line : lines) {
            if (!line.contains("=")) {
                String[] f = line.split("\\|", -1);
                committees.add(kind, MemberPosition.valueOf(f[0]), f[1], f[2], f[3], office);
            }
        }
    }

    private static String read(String file) {
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
