package org.guanai.registry.web;

import org.guanai.registry.child.ChildFilter;
import org.guanai.registry.child.DifficultyCategory;
import org.guanai.registry.child.GuardianKind;
import org.guanai.registry.child.GuardianshipType;
import org.guanai.registry.child.HukouType;
import org.guanai.registry.child.IncomeSource;
import org.guanai.registry.child.KeyTargets;
import org.guanai.registry.child.ParentStatus;
import org.guanai.registry.child.Schooling;
import org.guanai.registry.elder.ElderNeed;
import org.guanai.registry.elder.LivingArrangement;
import org.guanai.registry.elder.MaritalStatus;
import org.guanai.registry.elder.SelfCare;
import org.guanai.registry.person.Assistance;
import org.guanai.registry.person.Health;
import org.guanai.registry.person.ListSort;
import org.guanai.registry.person.PersonStatus;
import org.guanai.registry.person.Sex;
import org.guanai.registry.person.VisitKind;
import org.springframework.stereotype.Component;

/** The choices the forms and filters offer ({@code ${@options.schooling()}}); labels are {@code value.*} messages. */
@Component("options")
public class FormOptions {

    public Sex[] sex() {
        return Sex.values();
    }

    public Health[] health() {
        return Health.values();
    }

    public PersonStatus[] personStatus() {
        return PersonStatus.values();
    }

    public Assistance[] assistance() {
        return Assistance.values();
    }

    public DifficultyCategory[] difficultyCategories() {
        return DifficultyCategory.values();
    }

    public ParentStatus[] parentStatus() {
        return ParentStatus.values();
    }

    public GuardianKind[] guardianKind() {
        return GuardianKind.values();
    }

    public HukouType[] hukouType() {
        return HukouType.values();
    }

    public GuardianshipType[] guardianshipType() {
        return GuardianshipType.values();
    }

    public Schooling[] schooling() {
        return Schooling.values();
    }

    public IncomeSource[] incomeSources() {
        return IncomeSource.values();
    }

    public KeyTargets.Flag[] flags() {
        return KeyTargets.Flag.values();
    }

    public ChildFilter.Category[] categories() {
        return ChildFilter.Category.values();
    }

    public ChildFilter.AgeBand[] ageBands() {
        return ChildFilter.AgeBand.values();
    }

    public ListSort[] childSorts() {
        return ListSort.values();
    }

    public LivingArrangement[] livingArrangements() {
        return LivingArrangement.values();
    }

    public SelfCare[] selfCare() {
        return SelfCare.values();
    }

    public MaritalStatus[] maritalStatus() {
        return MaritalStatus.values();
    }

    public ElderNeed[] elderNeeds() {
        return ElderNeed.values();
    }

    /** The elders' page sorts by newest or by name only. */
    public ListSort[] elderSorts() {
        return new ListSort[] {ListSort.RECENT, ListSort.NAME};
    }

    public VisitKind[] visitKinds() {
        return VisitKind.values();
    }
}
