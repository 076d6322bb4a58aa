package org.guanai.registry.child;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A parent as attachment 5 records them. */
@Embeddable
public class Parent {

    private String name;
    private String idNumber;
    private LocalDate birthDate;
    private String phone;
    @Enumerated(EnumType.STRING)
    private ParentStatus status;
    /** 当前务工地点, to the level XX省XX市. */
    private String workPlace;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public ParentStatus getStatus() {
        return status;
    }

    public void setStatus(ParentStatus status) {
        this.status = status;
    }

    public String getWorkPlace() {
        return workPlace;
    }

    public void setWorkPlace(String workPlace) {
        this.workPlace = workPlace;
    }

    Parent copy() {
        Parent p = new Parent();
        p.name = name;
        p.idNumber = idNumber;
        p.birthDate = birthDate;
        p.phone = phone;
        p.status = status;
        p.workPlace = workPlace;
        return p;
    }
}
