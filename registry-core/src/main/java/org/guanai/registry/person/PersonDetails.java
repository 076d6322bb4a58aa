package org.guanai.registry.person;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;

/**
 * The facts every person of the registry has, child or elder: identity, where they live, how to reach them,
 * health, the responsible cadre and notes. Written once here; each kind's details add their own facts and copy
 * these with {@link #copyCommonTo}. Columns keep the names they had in each table.
 */
@MappedSuperclass
public abstract class PersonDetails implements PersonIdentity {

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
    private Health health;

    private String responsibleCadre;

    private String cadrePhone;

    private String notes;

    /** A copy whose changes never reach this object. */
    public abstract PersonDetails copy();

    /** {@link #copy()} typed as what was copied: each kind's details override it covariantly. */
    @SuppressWarnings("unchecked")
    public static <D extends PersonDetails> D copyOf(D details) {
        return (D) details.copy();
    }

    /** A copy with every identity and phone number masked as the lists show them (account.ExportRight#MASKED). */
    public abstract PersonDetails withNumbersMasked();

    /** Copies the common facts into {@code c}, a new details object of the same kind. */
    protected final void copyCommonTo(PersonDetails c) {
        c.name = name;
        c.sex = sex;
        c.ethnicity = ethnicity;
        c.birthDate = birthDate;
        c.idNumber = idNumber;
        c.villageCode = villageCode;
        c.currentAddress = currentAddress;
        c.phone = phone;
        c.health = health;
        c.responsibleCadre = responsibleCadre;
        c.cadrePhone = cadrePhone;
        c.notes = notes;
    }

    /** Masks the common facts' numbers of this object (a copy being made for a list or an export). */
    protected final void maskCommonNumbers() {
        idNumber = Masks.idNumber(idNumber);
        phone = Masks.phone(phone);
        cadrePhone = Masks.phone(cadrePhone);
    }

    @Override
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public Sex getSex() {
        return sex;
    }

    @Override
    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    @Override
    public LocalDate getBirthDate() {
        return birthDate;
    }

    @Override
    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    @Override
    public String getIdNumber() {
        return idNumber;
    }

    @Override
    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    @Override
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

    public Health getHealth() {
        return health;
    }

    public void setHealth(Health health) {
        this.health = health;
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
}
