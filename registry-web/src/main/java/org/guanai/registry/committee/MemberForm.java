package org.guanai.registry.committee;

/** A roster line as typed: shown again as typed when the change is refused. */
public class MemberForm {

    private long version;
    private MemberPosition position = MemberPosition.MEMBER;
    private String personName;
    private String title;
    private String unit;
    private int sortOrder;

    static MemberForm of(CommitteeMember member) {
        MemberForm form = new MemberForm();
        form.version = member.getVersion();
        form.position = member.getPosition();
        form.personName = member.getPersonName();
        form.title = member.getTitle();
        form.unit = member.getUnit();
        form.sortOrder = member.getSortOrder();
        return form;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public MemberPosition getPosition() {
        return position;
    }

    public void setPosition(MemberPosition position) {
        this.position = position;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
