package org.guanai.registry.elder;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.guanai.registry.person.Assistance;
import org.guanai.registry.person.AssistanceConverter;
import org.guanai.registry.person.Masks;
import org.guanai.registry.person.PersonDetails;
import org.hibernate.annotations.BatchSize;

/**
 * Everything recorded about a left-behind elder (attachments 6 and 7): the form binds to it, the
 * import fills it, {@link ElderValidator} checks it, {@link Elder} holds it.
 */
@Embeddable
public class ElderDetails extends PersonDetails {

    @Enumerated(EnumType.STRING)
    private MaritalStatus maritalStatus;

    private Integer childrenCount;

    @Enumerated(EnumType.STRING)
    private LivingArrangement livingArrangement;

    @Enumerated(EnumType.STRING)
    private SelfCare selfCare;

    private String economicSource;

    @Convert(converter = AssistanceConverter.class)
    private Set<Assistance> policies = EnumSet.noneOf(Assistance.class);

    @Convert(converter = NeedsConverter.class)
    private Set<ElderNeed> needs = EnumSet.noneOf(ElderNeed.class);

    private String contactName;

    private String contactPhone;

    @ElementCollection(fetch = FetchType.EAGER) // a few rows, shown wherever the elder is
    @CollectionTable(name = "elder_child_away", joinColumns = @JoinColumn(name = "elder_id"))
    @BatchSize(size = 500) // a roster's chunk of elders loads its children away in one select, not one per elder
    @OrderColumn(name = "position")
    private List<ChildAway> childrenAway = new ArrayList<>();

    public MaritalStatus getMaritalStatus() {
        return maritalStatus;
    }

    public void setMaritalStatus(MaritalStatus maritalStatus) {
        this.maritalStatus = maritalStatus;
    }

    public Integer getChildrenCount() {
        return childrenCount;
    }

    public void setChildrenCount(Integer childrenCount) {
        this.childrenCount = childrenCount;
    }

    public LivingArrangement getLivingArrangement() {
        return livingArrangement;
    }

    public void setLivingArrangement(LivingArrangement livingArrangement) {
        this.livingArrangement = livingArrangement;
    }

    public SelfCare getSelfCare() {
        return selfCare;
    }

    public void setSelfCare(SelfCare selfCare) {
        this.selfCare = selfCare;
    }

    public String getEconomicSource() {
        return economicSource;
    }

    public void setEconomicSource(String economicSource) {
        this.economicSource = economicSource;
    }

    public Set<Assistance> getPolicies() {
        return policies.isEmpty() ? EnumSet.noneOf(Assistance.class) : EnumSet.copyOf(policies);
    }

    public void setPolicies(Set<Assistance> policies) {
        this.policies = policies == null || policies.isEmpty() ? EnumSet.noneOf(Assistance.class) : EnumSet.copyOf(policies);
    }

    public Set<ElderNeed> getNeeds() {
        return needs.isEmpty() ? EnumSet.noneOf(ElderNeed.class) : EnumSet.copyOf(needs);
    }

    public void setNeeds(Set<ElderNeed> needs) {
        this.needs = needs == null || needs.isEmpty() ? EnumSet.noneOf(ElderNeed.class) : EnumSet.copyOf(needs);
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    /** The form binds rows by index ({@code childrenAway[1].name}); blank rows are dropped on validation. */
    public List<ChildAway> getChildrenAway() {
        return childrenAway;
    }

    public void setChildrenAway(List<ChildAway> childrenAway) {
        this.childrenAway = childrenAway == null ? new ArrayList<>() : new ArrayList<>(childrenAway);
    }

    @Override
    public ElderDetails withNumbersMasked() {
        ElderDetails c = copy();
        c.maskCommonNumbers();
        c.contactPhone = Masks.phone(contactPhone);
        c.childrenAway = new ArrayList<>();
        for (ChildAway a : childrenAway) {
            c.childrenAway.add(new ChildAway(a.getName(), a.getWorkPlace(), Masks.phone(a.getPhone())));
        }
        return c;
    }

    @Override
    public ElderDetails copy() {
        ElderDetails c = new ElderDetails();
        copyCommonTo(c);
        c.maritalStatus = maritalStatus;
        c.childrenCount = childrenCount;
        c.livingArrangement = livingArrangement;
        c.selfCare = selfCare;
        c.economicSource = economicSource;
        c.setPolicies(policies);
        c.setNeeds(needs);
        c.contactName = contactName;
        c.contactPhone = contactPhone;
        c.childrenAway = new ArrayList<>();
        for (ChildAway a : childrenAway) {
            c.childrenAway.add(new ChildAway(a.getName(), a.getWorkPlace(), a.getPhone()));
        }
        return c;
    }
}
