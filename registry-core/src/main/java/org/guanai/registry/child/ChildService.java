package org.guanai.registry.child;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.guanai.registry.person.FieldProblem;
import org.guanai.registry.person.InvalidPersonException;
import org.guanai.registry.person.PersonKind;
import org.guanai.registry.person.PersonRegistry;
import org.guanai.registry.person.PersonRegistryParts;
import org.guanai.registry.person.PersonType;
import org.guanai.registry.person.RevealedNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children's registry: every read and write takes the user's {@link Jurisdiction}; a record
 * outside it is "not found" and the attempt is audited ({@link PersonRegistry}).
 */
@Service
@Transactional
public class ChildService extends PersonRegistry<Child, ChildDetails, ChildFilter, ChildRow> {

    /** What the registry needs to know of a child. */
    private static final PersonKind<Child, ChildDetails> KIND = new PersonKind<>(PersonType.CHILD, Child::new,
            ChildSnapshot::of, ChildValidator::gaps);

    private final ChildRepository children;
    private final DelegateCandidates elders;
    private final ApplicationEventPublisher events;

    ChildService(ChildRepository children, ChildListQuery listQuery, DelegateCandidates elders,
            PersonRegistryParts parts, ApplicationEventPublisher events) {
        super(KIND, children, listQuery, parts);
        this.children = children;
        this.elders = elders;
        this.events = events;
    }

    /** The key targets the new children gained, as the repository's save publishes them (casework opens their cases). */
    @Override
    protected void copied(List<Child> people) {
        for (Child child : people) {
            child.keyTargetsGained().forEach(events::publishEvent);
            child.keyTargetsPublished();
        }
    }

    /**
     * A change a case makes to its child (back to school, registered hukou, delegate signed): checked by the
     * same rules as the form, whoever took the step, and recorded in the history with {@code summary}
     * naming the case. Problems come back as {@link InvalidPersonException} and nothing is saved.
     */
    public Child changeByCase(long id, Consumer<ChildDetails> change, String summary) {
        Child child = lockedForAction(id, Jurisdiction.everything(), "case");
        ChildDetails d = child.getDetails();
        change.accept(d);
        validate(d, Jurisdiction.everything(), id);
        return replace(child, d, summary);
    }

    /**
     * The registered child with {@code idNumber}, whatever the user's jurisdiction: only for linking a report
     * to its child. The reporter is never told whether a child was found.
     */
    @Transactional(readOnly = true)
    public Optional<Child> identifyForReport(String idNumber) {
        return children.findByIdNumbers(List.of(idNumber)).stream().findFirst();
    }

    @Override
    protected List<FieldProblem> validateFacts(ChildDetails d, Jurisdiction jurisdiction) {
        List<FieldProblem> problems = new ArrayList<>();
        adoptDelegateFromElder(d, jurisdiction, problems);
        problems.addAll(ChildValidator.validate(d, today()));
        return problems;
    }

    @Override
    protected void addOwnNumbers(ChildDetails d, List<RevealedNumber> numbers) {
        RevealedNumber.addTo(numbers, "field.father.idNumber", d.getFather().getIdNumber());
        RevealedNumber.addTo(numbers, "field.father.phone", d.getFather().getPhone());
        RevealedNumber.addTo(numbers, "field.mother.idNumber", d.getMother().getIdNumber());
        RevealedNumber.addTo(numbers, "field.mother.phone", d.getMother().getPhone());
        if (d.isDelegated()) {
            RevealedNumber.addTo(numbers, "field.delegate.idNumber", d.getDelegate().getIdNumber());
            RevealedNumber.addTo(numbers, "field.delegate.phone", d.getDelegate().getPhone());
        }
    }

    /**
     * An elder of the registry chosen as the delegated guardian: the delegate's name, number, phone and
     * address are the elder's, so the person is recorded once. The elder must be visible to the user.
     */
    private void adoptDelegateFromElder(ChildDetails d, Jurisdiction jurisdiction, List<FieldProblem> problems) {
        Long elderId = d.getDelegate().getElderId();
        if (elderId == null) {
            return;
        }
        if (!d.isDelegated()) {
            d.getDelegate().setElderId(null);
            return;
        }
        elders.delegateCandidate(elderId, jurisdiction).ifPresentOrElse(elder -> {
            d.getDelegate().setName(elder.name());
            d.getDelegate().setIdNumber(elder.idNumber());
            d.getDelegate().setPhone(elder.phone());
            d.getDelegate().setAddress(elder.address());
        }, () -> problems.add(new FieldProblem("delegate.elderId", "child.error.delegateElder")));
    }
}
