package org.guanai.registry.committee;

import java.util.Arrays;
import java.util.Optional;

/** The two rosters of the plans: the Longli leading group (领导小组) and the Changbai joint meeting (联席会议). */
public enum CommitteeKind {
    LEADING_GROUP("leading-group"),
    JOINT_MEETING("joint-meeting");

    private final String slug;

    CommitteeKind(String slug) {
        this.slug = slug;
    }

    /** The kind's part of the page address. */
    public String slug() {
        return slug;
    }

    public static Optional<CommitteeKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
