package org.guanai.registry.committee;

import java.util.Comparator;
import java.util.List;
import org.guanai.registry.account.Role;
import org.guanai.registry.account.SignedInUser;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's leading group and joint meeting. Everyone who works under the county's plan reads them; only
 * the county office changes them, and a change made on a stale copy is refused rather than written over.
 */
@Service
@Transactional
public class CommitteeService {

    static final Comparator<CommitteeMember> ROSTER_ORDER = Comparator
            .comparing(CommitteeMember::getPosition)
            .thenComparingInt(CommitteeMember::getSortOrder)
            .thenComparing(CommitteeMember::getId);

    private final CommitteeRepository committees;
    private final CommitteeMemberRepository members;
    private final AuditService audit;
    private final RegionService regions;

    CommitteeService(CommitteeRepository committees, CommitteeMemberRepository members, AuditService audit,
            RegionService regions) {
        this.committees = committees;
        this.members = members;
        this.audit = audit;
        this.regions = regions;
    }

    /** A roster as printed: the committee (null while the county has not entered it) and its members in order. */
    public record Roster(CommitteeKind kind, Committee committee, List<CommitteeMember> members) {

        public List<CommitteeMember> at(MemberPosition position) {
            return members.stream().filter(m -> m.getPosition() == position).toList();
        }

        public boolean entered() {
            return committee != null;
        }
    }

    /**
     * The roster of the user's county, or for a user above a county (a province-level inspector) of the county it
     * chose ({@code requestedCounty}).
     */
    @Transactional(readOnly = true)
    public Roster roster(CommitteeKind kind, SignedInUser actor, String requestedCounty) {
        RegionCode county = readableCounty(actor, requestedCounty);
        Committee committee = committees.findByRegionCodeAndKind(county.value(), kind).orElse(null);
        List<CommitteeMember> list = committee == null ? List.of()
                : members.findByCommitteeId(committee.getId()).stream().sorted(ROSTER_ORDER).toList();
        return new Roster(kind, committee, list);
    }

    /**
     * Names the committee, its founding document and its office; the first save creates the county's roster.
     * {@code expectedVersion} is the version the form showed (ignored when creating).
     */
    public Committee describe(CommitteeKind kind, long expectedVersion, String name, String basis, String office,
            SignedInUser actor) {
        RegionCode county = keptCounty(actor);
        String n = text(name, 200, "committee.error.name");
        if (n == null) {
            throw new CommitteeRefusedException("committee.error.name");
        }
        Committee committee = committees.findByRegionCodeAndKind(county.value(), kind)
                .orElseGet(() -> new Committee(county.value(), kind));
        if (committee.getId() != null && committee.getVersion() != expectedVersion) {
            throw new CommitteeRefusedException("common.error.concurrentEdit");
        }
        committee.describe(n, text(basis, 300, "committee.error.basis"), text(office, 1000, "committee.error.office"));
        committee = committees.save(committee);
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "committee", committee.getId(), kind + " " + n);
        return committee;
    }

    /** Adds a member at the end of its position's list. */
    public CommitteeMember add(CommitteeKind kind, MemberPosition position, String personName, String title,
            String unit, SignedInUser actor) {
        RegionCode county = keptCounty(actor);
        Committee committee = committees.findByRegionCodeAndKind(county.value(), kind)
                .orElseThrow(() -> new CommitteeRefusedException("committee.error.notEntered"));
        int order = members.findByCommitteeId(committee.getId()).stream()
                .filter(m -> m.getPosition() == position).mapToInt(CommitteeMember::getSortOrder).max().orElse(0) + 1;
        CommitteeMember member = new CommitteeMember(committee.getId());
        fill(member, position, personName, title, unit, order);
        member = members.save(member);
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "committee_member", member.getId(), "added");
        return member;
    }

    /** Corrects a member (a new person in the post, a new title, another place in the list). */
    public void change(long memberId, long expectedVersion, MemberPosition position, String personName, String title,
            String unit, int sortOrder, SignedInUser actor) {
        CommitteeMember member = kept(memberId, expectedVersion, actor);
        fill(member, position, personName, title, unit, sortOrder);
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "committee_member", memberId, "changed");
    }

    public void remove(long memberId, long expectedVersion, SignedInUser actor) {
        members.delete(kept(memberId, expectedVersion, actor));
        audit.recordWithChange(AuditAction.REFERENCE_DATA_CHANGED, "committee_member", memberId, "removed");
    }

    private CommitteeMember kept(long memberId, long expectedVersion, SignedInUser actor) {
        RegionCode county = keptCounty(actor);
        // Another county's member is answered as missing: its existence is not this user's business.
        CommitteeMember member = members.findById(memberId)
                .filter(m -> committees.findById(m.getCommitteeId())
                        .map(c -> c.getRegionCode().equals(county.value())).orElse(false))
                .orElseThrow(() -> new CommitteeRefusedException("committee.error.noMember"));
        if (member.getVersion() != expectedVersion) {
            throw new CommitteeRefusedException("common.error.concurrentEdit");
        }
        return member;
    }

    private static void fill(CommitteeMember member, MemberPosition position, String personName, String title,
            String unit, int sortOrder) {
        if (position == null) {
            throw new CommitteeRefusedException("committee.error.position");
        }
        String name = text(personName, 40, "committee.error.personName");
        String t = text(title, 200, "committee.error.title");
        if (name == null && t == null) {
            throw new CommitteeRefusedException("committee.error.nameOrTitle");
        }
        if (sortOrder < 0 || sortOrder > 9999) {
            throw new CommitteeRefusedException("committee.error.order");
        }
        member.change(position, name, t, text(unit, 100, "committee.error.unit"), sortOrder);
    }

    private RegionCode readableCounty(SignedInUser actor, String requestedCounty) {
        boolean reads = switch (actor.role()) {
            case COUNTY, INSPECTOR, DEPARTMENT, TOWN -> true;
            default -> false;
        };
        return regions.workingCounty(actor.jurisdiction().county(), requestedCounty).filter(c -> reads)
                .orElseThrow(() -> new CommitteeRefusedException("committee.error.noAccess"));
    }

    private RegionCode keptCounty(SignedInUser actor) {
        if (actor.role() != Role.COUNTY) {
            throw new CommitteeRefusedException("committee.error.countyOnly");
        }
        return readableCounty(actor, null);
    }

    private static String text(String value, int max, String tooLongKey) {
        String t = Texts.strippedOrNull(value);
        if (t != null && t.length() > max) {
            throw new CommitteeRefusedException(tooLongKey);
        }
        return t;
    }
}
