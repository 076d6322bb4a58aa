package org.guanai.registry.elder;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A son or daughter working away (外出子女): name, work place, phone. */
@Embeddable
public class ChildAway {

    @Column(name = "name", nullable = false, length = 50)
    private String name;
    @Column(name = "work_place", length = 100)
    private String workPlace;
    @Column(name = "phone", length = 20)
    private String phone;

    public ChildAway() {
    }

    public ChildAway(String name, String workPlace, String phone) {
        this.name = name;
        this.workPlace = workPlace;
        this.phone = phone;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getWorkPlace() {
        return workPlace;
    }

    public void setWorkPlace(String workPlace) {
        this.workPlace = workPlace;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    boolean isBlank() {
        return (name == null || name.isBlank()) && (workPlace == null || workPlace.isBlank())
                && (phone == null || phone.isBlank());
    }
}
