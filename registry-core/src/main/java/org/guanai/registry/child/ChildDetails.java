package org.guanai.registry.child;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.guanai.registry.person.Assistance;
import org.guanai.registry.person.AssistanceConverter;
import org.guanai.registry.person.Masks;
import org.guanai.registry.person.PersonDetails;

/**
 * Everything a clerk records about a child (attachments 4 and 5). The form binds to it, the Excel
 * import fills it, {@link ChildValidator} checks it, and {@link Child} holds it: one shape, one set of
 * rules, whichever way the data comes in. Sets are replaced, never changed in place.
 */
@Embeddable
public class ChildDetails extends PersonDetails {

    private boolean leftBehind;

    private boolean inDifficulty;

    @Convert(converter = DifficultyCategoriesConverter.class)
    private Set<DifficultyCategory> difficultyCategories = EnumSet.noneOf(DifficultyCategory.class);

    private boolean hasHukou;

    /** 户籍性质, when the child has a registration. */
    @Enumerated(EnumType.STRING)
    private HukouType hukouType;

    private String hukouAddress;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "father_name"))
    @AttributeOverride(name = "idNumber", column = @Column(name = "father_id_number"))
    @AttributeOverride(name = "birthDate", column = @Column(name = "father_birth_date"))
    @AttributeOverride(name = "phone", column = @Column(name = "father_phone"))
    @AttributeOverride(name = "status", column = @Column(name = "father_status"))
    @AttributeOverride(name = "workPlace", column = @Column(name = "father_work_place"))
    private Parent father = new Parent();

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "mother_name"))
    @AttributeOverride(name = "idNumber", column = @Column(name = "mother_id_number"))
    @AttributeOverride(name = "birthDate", column = @Column(name = "mother_birth_date"))
    @AttributeOverride(name = "phone", column = @Column(name = "mother_phone"))
    @AttributeOverride(name = "status", column = @Column(name = "mother_status"))
    @AttributeOverride(name = "workPlace", column = @Column(name = "mother_work_place"))
    private Parent mother = new Parent();

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "grandfather_name"))
    @AttributeOverride(name = "birthDate", column = @Column(name = "grandfather_birth_date"))
    private Relative grandfather = new Relative();

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "grandmother_name"))
    @AttributeOverride(name = "birthDate", column = @Column(name = "grandmother_birth_date"))
    private Relative grandmother = new Relative();

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "maternal_grandfather_name"))
    @AttributeOverride(name = "birthDate", column = @Column(name = "maternal_grandfather_birth_date"))
    private Relative maternalGrandfather = new Relative();

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "maternal_grandmother_name"))
    @AttributeOverride(name = "birthDate", column = @Column(name = "maternal_grandmother_birth_date"))
    private Relative maternalGrandmother = new Relative();

    @Enumerated(EnumType.STRING)
    private GuardianKind guardianKind;

    @Enumerated(EnumType.STRING)
    private GuardianshipType guardianshipType;

    private boolean delegated;

    /** 是否签订委托监护责任确认书 (attachment 4). */
    private boolean agreementSigned;

    @Embedded
    @AttributeOverride(name = "elderId", column = @Column(name = "delegate_elder_id"))
    @AttributeOverride(name = "name", column = @Column(name = "delegate_name"))
    @AttributeOverride(name = "idNumber", column = @Column(name = "delegate_id_number"))
    @AttributeOverride(name = "phone", column = @Column(name = "delegate_phone"))
    @AttributeOverride(name = "relation", column = @Column(name = "delegate_relation"))
    @AttributeOverride(name = "address", column = @Column(name = "delegate_address"))
    private Delegate delegate = new Delegate();

    @Enumerated(EnumType.STRING)
    private Schooling schooling;

    private String schoolName;

    private String grade;

    private boolean boarding;

    private String disabilityCategory;

    private String disabilityGrade;

    private String illness;

    @Convert(converter = IncomeSourcesConverter.class)
    private Set<IncomeSource> incomeSources = EnumSet.noneOf(IncomeSource.class);

    @Convert(converter = AssistanceConverter.class)
    private Set<Assistance> assistance = EnumSet.noneOf(Assistance.class);

    /** A new child as the form and a roster first see one: registered (有户口), and rural. */
    public static ChildDetails registeredRural() {
        ChildDetails d = new ChildDetails();
        d.setHasHukou(true);
        d.setHukouType(HukouType.RURAL);
        return d;
    }

    public boolean isLeftBehind() {
        return leftBehind;
    }

    /** Set only from {@link LeftBehindRule} (the validator and {@link Child} derive it); a form's tick is ignored. */
    public void setLeftBehind(boolean leftBehind) {
        this.leftBehind = leftBehind;
    }

    public boolean isInDifficulty() {
        return inDifficulty;
    }

    public void setInDifficulty(boolean inDifficulty) {
        this.inDifficulty = inDifficulty;
    }

    public Set<DifficultyCategory> getDifficultyCategories() {
        return difficultyCategories.isEmpty() ? EnumSet.noneOf(DifficultyCategory.class) : EnumSet.copyOf(difficultyCategories);
    }

    public void setDifficultyCategories(Set<DifficultyCategory> difficultyCategories) {
        this.difficultyCategories = difficultyCategories == null || difficultyCategories.isEmpty() ? EnumSet.noneOf(DifficultyCategory.class) : EnumSet.copyOf(difficultyCategories);
    }

    public boolean isHasHukou() {
        return hasHukou;
    }

    public void setHasHukou(boolean hasHukou) {
        this.hasHukou = hasHukou;
    }

    public HukouType getHukouType() {
        return hukouType;
    }

    public void setHukouType(HukouType hukouType) {
        this.hukouType = hukouType;
    }

    public String getHukouAddress() {
        return hukouAddress;
    }

    public void setHukouAddress(String hukouAddress) {
        this.hukouAddress = hukouAddress;
    }

    public Parent getFather() {
        return father;
    }

    public void setFather(Parent father) {
        this.father = father;
    }

    public Parent getMother() {
        return mother;
    }

    public void setMother(Parent mother) {
        this.mother = mother;
    }

    public Relative getGrandfather() {
        return grandfather;
    }

    public void setGrandfather(Relative grandfather) {
        this.grandfather = grandfather;
    }

    public Relative getGrandmother() {
        return grandmother;
    }

    public void setGrandmother(Relative grandmother) {
        this.grandmother = grandmother;
    }

    public Relative getMaternalGrandfather() {
        return maternalGrandfather;
    }

    public void setMaternalGrandfather(Relative maternalGrandfather) {
        this.maternalGrandfather = maternalGrandfather;
    }

    public Relative getMaternalGrandmother() {
        return maternalGrandmother;
    }

    public void setMaternalGrandmother(Relative maternalGrandmother) {
        this.maternalGrandmother = maternalGrandmother;
    }

    public GuardianKind getGuardianKind() {
        return guardianKind;
    }

    public void setGuardianKind(GuardianKind guardianKind) {
        this.guardianKind = guardianKind;
    }

    public GuardianshipType getGuardianshipType() {
        return guardianshipType;
    }

    public void setGuardianshipType(GuardianshipType guardianshipType) {
        this.guardianshipType = guardianshipType;
    }

    public boolean isDelegated() {
        return delegated;
    }

    public void setDelegated(boolean delegated) {
        this.delegated = delegated;
    }

    public Delegate getDelegate() {
        return delegate;
    }

    public void setDelegate(Delegate delegate) {
        this.delegate = delegate;
    }

    public Schooling getSchooling() {
        return schooling;
    }

    public void setSchooling(Schooling schooling) {
        this.schooling = schooling;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public void setSchoolName(String schoolName) {
        this.schoolName = schoolName;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public boolean isBoarding() {
        return boarding;
    }

    public void setBoarding(boolean boarding) {
        this.boarding = boarding;
    }

    public String getDisabilityCategory() {
        return disabilityCategory;
    }

    public void setDisabilityCategory(String disabilityCategory) {
        this.disabilityCategory = disabilityCategory;
    }

    public String getDisabilityGrade() {
        return disabilityGrade;
    }

    public void setDisabilityGrade(String disabilityGrade) {
        this.disabilityGrade = disabilityGrade;
    }

    public String getIllness() {
        return illness;
    }

    public void setIllness(String illness) {
        this.illness = illness;
    }

    public Set<IncomeSource> getIncomeSources() {
        return incomeSources.isEmpty() ? EnumSet.noneOf(IncomeSource.class) : EnumSet.copyOf(incomeSources);
    }

    public void setIncomeSources(Set<IncomeSource> incomeSources) {
        this.incomeSources = incomeSources == null || incomeSources.isEmpty() ? EnumSet.noneOf(IncomeSource.class) : EnumSet.copyOf(incomeSources);
    }

    public Set<Assistance> getAssistance() {
        return assistance.isEmpty() ? EnumSet.noneOf(Assistance.class) : EnumSet.copyOf(assistance);
    }

    public void setAssistance(Set<Assistance> assistance) {
        this.assistance = assistance == null || assistance.isEmpty() ? EnumSet.noneOf(Assistance.class) : EnumSet.copyOf(assistance);
    }

    /** A detached copy: the entity's details are never shared with a form. */
    public boolean isAgreementSigned() {
        return agreementSigned;
    }

    public void setAgreementSigned(boolean agreementSigned) {
        this.agreementSigned = agreementSigned;
    }

    /**
     * A copy with every identity and phone number masked as the lists show them ({@link Masks}): what a file of a role
     * that may not see full numbers holds (account.ExportRight#MASKED).
     */
    @Override
    public ChildDetails withNumbersMasked() {
        ChildDetails c = copy();
        c.maskCommonNumbers();
        for (Parent p : List.of(c.father, c.mother)) {
            p.setIdNumber(Masks.idNumber(p.getIdNumber()));
            p.setPhone(Masks.phone(p.getPhone()));
        }
        c.delegate.setIdNumber(Masks.idNumber(c.delegate.getIdNumber()));
        c.delegate.setPhone(Masks.phone(c.delegate.getPhone()));
        return c;
    }

    @Override
    public ChildDetails copy() {
        ChildDetails c = new ChildDetails();
        copyCommonTo(c);
        c.leftBehind = leftBehind;
        c.inDifficulty = inDifficulty;
        c.setDifficultyCategories(difficultyCategories);
        c.hasHukou = hasHukou;
        c.hukouType = hukouType;
        c.hukouAddress = hukouAddress;
        c.father = father == null ? new Parent() : father.copy();
        c.mother = mother == null ? new Parent() : mother.copy();
        c.grandfather = grandfather == null ? new Relative() : grandfather.copy();
        c.grandmother = grandmother == null ? new Relative() : grandmother.copy();
        c.maternalGrandfather = maternalGrandfather == null ? new Relative() : maternalGrandfather.copy();
        c.maternalGrandmother = maternalGrandmother == null ? new Relative() : maternalGrandmother.copy();
        c.guardianKind = guardianKind;
        c.guardianshipType = guardianshipType;
        c.delegated = delegated;
        c.agreementSigned = agreementSigned;
        c.delegate = delegate == null ? new Delegate() : delegate.copy();
        c.schooling = schooling;
        c.schoolName = schoolName;
        c.grade = grade;
        c.boarding = boarding;
        c.disabilityCategory = disabilityCategory;
        c.disabilityGrade = disabilityGrade;
        c.illness = illness;
        c.setIncomeSources(incomeSources);
        c.setAssistance(assistance);
        return c;
    }
}
