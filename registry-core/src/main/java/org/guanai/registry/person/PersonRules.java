package org.guanai.registry.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guanai.registry.audit.AuditAction;
import org.guanai.registry.audit.AuditOutcome;
import org.guanai.registry.audit.AuditService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.jurisdiction.OutsideJurisdictionException;
import org.guanai.registry.jurisdiction.ReadOnlyException;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionLevel;
import org.guanai.registry.region.RegionService;
import org.springframework.stereotype.Component;

/** The rules children and elders share: who may change them, where they may live, one number one person. */
@Component
public class PersonRules {

    private final RegionService regions;
    private final IdNumberRegister idNumbers;
    private final ElsewhereHits hits;
    private final AuditService audit;

    PersonRules(RegionService regions, IdNumberRegister idNumbers, ElsewhereHits hits, AuditService audit) {
        this.regions = regions;
        this.idNumbers = idNumbers;
        this.hits = hits;
        this.audit = audit;
    }

    /** The record of hits on people outside the user's jurisdiction, and its daily limit. */
    public ElsewhereHits hits() {
        return hits;
    }

    /** Refuses (and audits) a change under a read-only jurisdiction. */
    public void requireWritable(Jurisdiction jurisdiction, String objectType, String attempt) {
        if (!jurisdiction.canChangePeople()) {
            audit.record(AuditAction.ACCESS_DENIED, objectType, null, AuditOutcome.DENIED, attempt + " (read-only)");
            throw new ReadOnlyException(attempt);
        }
    }

    /** Audits an attempt on a record outside the jurisdiction and returns the "not found" to throw. */
    public OutsideJurisdictionException outside(String objectType, long id, String attempt) {
        audit.record(AuditAction.ACCESS_DENIED, objectType, id, AuditOutcome.DENIED, attempt);
        return new OutsideJurisdictionException(objectType + " " + id);
    }

    /** The village must exist, be a village, and lie in the jurisdiction. */
    public void checkVillage(String villageCode, Jurisdiction jurisdiction, List<FieldProblem> problems) {
        if (villageCode == null) {
            return;
        }
        Optional<Region> village = regions.find(villageCode);
        if (village.isEmpty() || village.get().getLevel() != RegionLevel.VILLAGE) {
            problems.add(new FieldProblem("villageCode", "person.error.villageRequired"));
        } else if (!jurisdiction.coversRegion(village.get().code())) {
            problems.add(new FieldProblem("villageCode", "person.error.villageOutsideJurisdiction"));
        }
    }

    /**
     * A number held by someone else: named when in the jurisdiction; otherwise the user learns only that it is
     * registered elsewhere (no town, no village) and the hit is counted ({@link ElsewhereHits}).
     */
    public void checkIdNumberFree(String idNumber, PersonType type, Long self, Jurisdiction jurisdiction,
            List<FieldProblem> problems) {
        idNumbers.holderOf(idNumber, type, self).ifPresent(holder -> {
            if (jurisdiction.coversRegion(RegionCode.of(holder.villageCode()))) {
                problems.add(new FieldProblem("idNumber", "person.error.idTakenHere", holder.name()));
            } else {
                hits.hit(holder.type(), holder.id(), "identity number");
                problems.add(new FieldProblem("idNumber", "person.error.idTakenElsewhere"));
            }
        });
    }

    public String townName(String villageCode) {
        return regions.nameOf(RegionCode.of(villageCode).ancestorAt(RegionLevel.TOWN).value());
    }

    public String villageName(String villageCode) {
        return regions.nameOf(villageCode);
    }

    /**
     * Stops a save when someone of the same name and birth date is registered in the user's county, unless the clerk
     * confirmed that it is another person. Inside the jurisdiction the clerk sees the town and village; elsewhere only
     * that someone is registered, and the hit is counted ({@link ElsewhereHits}). Other counties are not searched.
     */
    public void requireNoPossibleDuplicate(PersonType type, List<? extends PersonRecord<?>> sameNameAndBirthDate,
            boolean confirmedNotDuplicate, Jurisdiction jurisdiction) {
        if (confirmedNotDuplicate || sameNameAndBirthDate.isEmpty()) {
            return;
        }
        List<PossibleDuplicateException.Match> matches = new ArrayList<>();
        boolean elsewhere = false;
        RegionCode county = jurisdiction.county();
        for (PersonRecord<?> p : sameNameAndBirthDate) {
            RegionCode village = RegionCode.of(p.getVillageCode());
            if (jurisdiction.coversRegion(village)) {
                matches.add(new PossibleDuplicateException.Match(townName(p.getVillageCode()),
                        villageName(p.getVillageCode())));
            } else if (county != null && county.covers(village)) {
                hits.hit(type, p.getId(), "name and birth date");
                elsewhere = true;
            }
        }
        if (elsewhere) {
            matches.add(PossibleDuplicateException.Match.ELSEWHERE);
        }
        if (!matches.isEmpty()) {
            throw new PossibleDuplicateException(matches);
        }
    }

    /**
     * A list's search that was an identity number is audited (once per user, number and day), with the person found;
     * the row keeps the number masked, as the lists show it.
     */
    public void auditIdNumberSearch(String objectType, String query, List<Long> found) {
        String number = query == null ? "" : ResidentIdNumber.normalise(query.strip());
        if (!IdNumberRules.looksLikeIdNumber(number)) {
            return;
        }
        audit.recordOncePerDay(AuditAction.SEARCH_ID_NUMBER, objectType,
                found.size() == 1 ? found.get(0) : Masks.idNumber(number),
                Masks.idNumber(number) + " → " + found.size());
    }
}
