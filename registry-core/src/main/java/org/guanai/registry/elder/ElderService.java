package org.guanai.registry.elder;

import java.util.List;
import java.util.Optional;
import org.guanai.registry.child.DelegateCandidates;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.ListSort;
import org.guanai.registry.person.Masks;
import org.guanai.registry.person.PersonKind;
import org.guanai.registry.person.PersonRegistry;
import org.guanai.registry.person.PersonRegistryParts;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.RevealedNumber;
import org.guanai.registry.region.RegionService;
import org.guanai.registry.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The elders' registry; like the children's, every call takes the user's {@link Jurisdiction}. */
@Service
@Transactional
public class ElderService extends PersonRegistry<Elder, ElderDetails, ElderFilter, ElderRow>
        implements DelegateCandidates {

    /** What the registry needs to know of an elder. */
    private static final PersonKind<Elder, ElderDetails> KIND = new PersonKind<>(PersonType.ELDER, Elder::new,
            ElderSnapshot::of, ElderValidator::gaps);

    private final ElderRepository elders;
    private final RegionService regions;

    ElderService(ElderRepository elders, ElderListQuery listQuery, PersonRegistryParts parts, RegionService regions) {
        super(KIND, elders, listQuery, parts);
        this.elders = elders;
        this.regions = regions;
    }

    /** One statement, the elders' list's: no transaction of its own (decision 048). */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Choice> delegateChoices(String q, Jurisdiction jurisdiction) {
        if (Texts.strippedOrNull(q) == null || !jurisdiction.canChangePeople()) {
            return List.of();
        }
        ElderFilter active = new ElderFilter(null, null, null, null, PersonStatus.ACTIVE, null, q, ListSort.NAME, null,
                null);
        return list(active, jurisdiction).rows().stream().limit(CHOICES)
                .map(r -> new Choice(r.id(), r.name(), r.maskedIdNumber(), r.villageName())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Choice> chosenDelegate(long elderId, Jurisdiction jurisdiction) {
        return elders.findVisible(elderId, jurisdiction).map(e -> new Choice(e.getId(), e.getDetails().getName(),
                Masks.idNumber(e.getDetails().getIdNumber()), regions.nameOf(e.getVillageCode())));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Candidate> delegateCandidate(long elderId, Jurisdiction jurisdiction) {
        return elders.findVisible(elderId, jurisdiction).filter(e -> e.getStatus() == PersonStatus.ACTIVE)
                .map(ElderService::candidate);
    }

    private static Candidate candidate(Elder e) {
        ElderDetails d = e.getDetails();
        return new Candidate(e.getId(), d.getName(), d.getIdNumber(), d.getPhone(), d.getCurrentAddress(),
                d.getVillageCode());
    }

    @Override
    protected List<FieldProblem> validateFacts(ElderDetails d, Jurisdiction jurisdiction) {
        return ElderValidator.validate(d, today());
    }

    @Override
    protected void addOwnNumbers(ElderDetails d, List<RevealedNumber> numbers) {
        for (ChildAway away : d.getChildrenAway()) {
            RevealedNumber.addTo(numbers, "elder.section.childrenAway", away.getPhone() == null ? null
                    : (away.getName() == null ? "" : away.getName() + " ") + away.getPhone());
        }
        RevealedNumber.addTo(numbers, "field.contactPhone", d.getContactPhone());
    }
}
