package org.guanai.registry.child;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A grandparent: name and birth date (a deceased one is recorded as 已故 by the exports). */
@Embeddable
public class Relative {

    private String name;
    private LocalDate birthDate;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    Relative copy() {
        Relative r = new Relative();
        r.name = name;
        r.birthDate = birthDate;
        return r;
    }
}
