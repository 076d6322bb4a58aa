package org.guanai.registry.person;

import java.time.LocalDate;

/** The identity facts every person's record has, checked by {@link IdNumberRules#checkIdentity}. */
public interface PersonIdentity {

    String getName();

    String getIdNumber();

    void setIdNumber(String idNumber);

    LocalDate getBirthDate();

    void setBirthDate(LocalDate birthDate);

    Sex getSex();

    void setSex(Sex sex);

    String getVillageCode();
}
