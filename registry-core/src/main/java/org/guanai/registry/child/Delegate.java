package org.guanai.registry.child;

import jakarta.persistence.Embeddable;

/** 受委托监护人; {@code elderId} links an elder of the registry instead of typing the person again. */
@Embeddable
public class Delegate {

    private Long elderId;
    private String name;
    private String idNumber;
    private String phone;
    private String relation;
    private String address;

    public Long getElderId() {
        return elderId;
    }

    public void setElderId(Long elderId) {
        this.elderId = elderId;
    }

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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getRelation() {
        return relation;
    }

    public void setRelation(String relation) {
        this.relation = relation;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    Delegate copy() {
        Delegate d = new Delegate();
        d.elderId = elderId;
        d.name = name;
        d.idNumber = idNumber;
        d.phone = phone;
        d.relation = relation;
        d.address = address;
        return d;
    }
}
