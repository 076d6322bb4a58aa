package org.guanai.registry.supervision;

/** The form of a follow-up as typed: the deadline kept as text, so that a refused one shows again as it was. */
public class FollowUpForm {

    private String kind;
    private String targetUnit;
    private String reason;
    private String dueOn;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTargetUnit() {
        return targetUnit;
    }

    public void setTargetUnit(String targetUnit) {
        this.targetUnit = targetUnit;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDueOn() {
        return dueOn;
    }

    public void setDueOn(String dueOn) {
        this.dueOn = dueOn;
    }
}
