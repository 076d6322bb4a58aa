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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.guanai.registry.person.Assistance;
import org.guanai.registry.person.AssistanceConverter;
import org.guanai.registry.person.Health;
import org.guanai.registry.person.Masks;
import org.guanai.registry.person.PersonIdentity;
import org.hibernate.annotations.BatchSize;
import org.guanai.registry.person.Sex;

/**
 * Everything recorded about a left-behind elder (attachments 6 and 7): the form binds to it, the
 * import fills it, {@link ElderValidator} checks it, {@link Elder} holds it.
 */
@Embeddable
public class ElderDetails implements PersonIdentity {

    private String name;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    private String ethnicity;

    private LocalDate birthDate;

    private String idNumber;

    private String villageCode;

    private String currentAddress;

    private String phone;

    @Enumerated(EnumType.STRING)
    private MaritalStatus maritalStatus;

    private Integer childrenCount;

    @Enumerated(EnumType.STRING)
    private LivingArrangement livingArrangement;

    @Enumerated(EnumType.STRING)
    private Health health;

    @Enumerated(EnumType.STRING)
    private SelfCare selfCare;

    private String economicSource;

    @Convert(converter = AssistanceConverter.class)
    private Set<Assistance> policies = EnumSet.noneOf(Assistance.class);

    @Convert(converter = NeedsConverter.class)
    private Set<ElderNeed> needs = EnumSet.noneOf(ElderNeed.class);

    private String contactName;

    private String contactPhone;

    private String responsibleCadre;

    private String cadrePhone;

    private String notes;

    @ElementCollection(fetch = FetchType.EAGER) // a few rows, shown wherever the elder is
    @CollectionTable(name = "elder_child_away", joinColumns = @JoinColumn(name = "elder_id"))
    @BatchSize(size = 500) // a roster's chunk of elders loads its children away in one select, not one per elder
    @OrderColumn(name = "position")
    private List<ChildAway> childrenAway = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }

    public String getCurrentAddress() {
        return currentAddress;
    }

    public void setCurrentAddress(String currentAddress) {
        this.currentAddress = currentAddress;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

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

    public Health getHealth() {
        return health;
    }

    public void setHealth(Health health) {
        this.health = health;
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

    public String getResponsibleCadre() {
        return responsibleCadre;
    }

    public void setResponsibleCadre(String responsibleCadre) {
        this.responsibleCadre = responsibleCadre;
    }

    public String getCadrePhone() {
        return cadrePhone;
    }

    public void setCadrePhone(String cadrePhone) {
        this.cadrePhone = cadrePhone;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    /** The form binds rows by index ({@code childrenAway[1].name}); blank rows are dropped on validation. */
    public List<ChildAway> getChildrenAway() {
        return childrenAway;
    }

    public void setChildrenAway(List<ChildAway> childrenAway) {
        this.childrenAway = childrenAway == null ? new ArrayList<>() : new ArrayList<>(childrenAway);
    }

    /** A copy with every identity and phone number masked as the lists show them (account.ExportRight#MASKED). */
    public ElderDetails withNumbersMasked() {
        ElderDetails c = copy();
        c.idNumber = Masks.idNumber(idNumber);
        c.phone = Masks.phone(phone);
        c.contactPhone = Masks.phone(contactPhone);
        c.cadrePhone = Masks.phone(cadrePhone);
        c.childrenAway = new ArrayList<>();
        for (ChildAway a : childrenAway) {
            c.childrenAway.add(new ChildAway(a.getName(), a.getWorkPlace(), Masks.phone(a.getPhone())));
        }
        return c;
    }

    public ElderDetails copy() {
        ElderDetails c = new ElderDetails();
        c.name = name;
        c.sex = sex;
        c.ethnicity = ethnicity;
        c.birthDate = birthDate;
        c.idNumber = idNumber;
        c.villageCode = villageCode;
        c.currentAddress = currentAddress;
        c.phone = phone;
        c.maritalStatus = maritalStatus;
        c.childrenCount = childrenCount;
        c.livingArrangement = livingArrangement;
        c.health = health;
        c.selfCare = selfCare;
        c.economicSource = economicSource;
        c.setPolicies(policies);
        c.setNeeds(needs);
        c.contactName = contactName;
        c.contactPhone = contactPhone;
        c.responsibleCadre = responsibleCadre;
        c.cadrePhone = cadrePhone;
        c.notes = notes;
        c.childrenAway = new ArrayList<>();
        for (ChildAway a : childrenAway) {
            c.childrenAway.add(new ChildAway(a.getName(), a.getWorkPlace(), a.getPhone()));
        }
        return c;
    }
}
