package org.guanai.registry.training;

import java.time.LocalDate;

/** The form of a publicity event as typed: the reach and the date kept as text, so a refused one shows again as is. */
public class PublicityForm {

    private String heldOn;
    private String kind;
    private String place;
    private String reach;
    private String note;

    public PublicityForm() {
    }

    static PublicityForm heldOn(LocalDate day) {
        PublicityForm form = new PublicityForm();
        form.heldOn = day.toString();
        return form;
    }

    public String getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(String heldOn) {
        this.heldOn = heldOn;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getReach() {
        return reach;
    }

    public void setReach(String reach) {
        this.reach = reach;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
