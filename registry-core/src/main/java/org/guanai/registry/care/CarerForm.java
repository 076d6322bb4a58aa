package org.guanai.registry.care;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A carer as the clerk enters them. */
public class CarerForm {

    @NotBlank(message = "{care.error.region}")
    private String regionCode;

    @NotNull(message = "{care.error.carerRole}")
    private CarerRole role;

    @NotBlank(message = "{care.error.carerName}")
    @Size(max = 50, message = "{care.error.carerName}")
    private String name;

    /** Checked by the one phone rule of the project (person.PhoneRule), in the service. */
    private String phone;

    /** The username of the carer's own account (a 儿童主任's VILLAGE account), if any. */
    @Size(max = 40, message = "{care.error.account}")
    private String account;

    @Size(max = 100, message = "{care.error.tooLong}")
    private String team;

    @Size(max = 500, message = "{care.error.tooLong}")
    private String training;

    private boolean active = true;

    private long version;

    public static CarerForm of(Carer c, String username) {
        CarerForm f = new CarerForm();
        f.regionCode = c.regionCode();
        f.role = c.role();
        f.name = c.name();
        f.phone = c.phone();
        f.account = username;
        f.team = c.team();
        f.training = c.training();
        f.active = c.active();
        f.version = c.version();
        return f;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public CarerRole getRole() {
        return role;
    }

    public void setRole(CarerRole role) {
        this.role = role;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getTraining() {
        return training;
    }

    public void setTraining(String training) {
        this.training = training;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
