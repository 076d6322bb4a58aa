package org.guanai.registry.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The form of a training session as typed: numbers and the date kept as text, so a refused one shows again as is. */
public class SessionForm {

    private String heldOn;
    private String topic;
    private String trainer;
    private String hours;
    private List<String> attendee = new ArrayList<>();
    private String otherAttendees = "0";
    private String note;

    public SessionForm() {
    }

    static SessionForm heldOn(LocalDate day) {
        SessionForm form = new SessionForm();
        form.heldOn = day.toString();
        return form;
    }

    public String getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(String heldOn) {
        this.heldOn = heldOn;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getTrainer() {
        return trainer;
    }

    public void setTrainer(String trainer) {
        this.trainer = trainer;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public List<String> getAttendee() {
        return attendee;
    }

    public void setAttendee(List<String> attendee) {
        this.attendee = attendee == null ? new ArrayList<>() : attendee;
    }

    public String getOtherAttendees() {
        return otherAttendees;
    }

    public void setOtherAttendees(String otherAttendees) {
        this.otherAttendees = otherAttendees;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
