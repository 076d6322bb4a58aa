package org.guanai.registry.care;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A place as the clerk enters it. */
public class PlaceForm {

    @NotBlank(message = "{care.error.region}")
    private String regionCode;

    @NotNull(message = "{care.error.placeKind}")
    private PlaceKind kind;

    @NotBlank(message = "{care.error.placeName}")
    @Size(max = 100, message = "{care.error.placeName}")
    private String name;

    @Size(max = 200, message = "{care.error.tooLong}")
    private String address;

    @Size(max = 100, message = "{care.error.tooLong}")
    private String openingHours;

    @Size(max = 50, message = "{care.error.tooLong}")
    private String personInCharge;

    /** Checked by the one phone rule of the project (person.PhoneRule), in the service. */
    private String phone;

    @Min(value = 1, message = "{care.error.capacity}")
    @Max(value = 10000, message = "{care.error.capacity}")
    private Integer capacity;

    @NotNull(message = "{care.error.placeStatus}")
    private PlaceStatus status = PlaceStatus.OPEN;

    private long version;

    public static PlaceForm of(CarePlace p) {
        PlaceForm f = new PlaceForm();
        f.regionCode = p.regionCode();
        f.kind = p.kind();
        f.name = p.name();
        f.address = p.address();
        f.openingHours = p.openingHours();
        f.personInCharge = p.personInCharge();
        f.phone = p.phone();
        f.capacity = p.capacity();
        f.status = p.status();
        f.version = p.version();
        return f;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public PlaceKind getKind() {
        return kind;
    }

    public void setKind(PlaceKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }

    public String getPersonInCharge() {
        return personInCharge;
    }

    public void setPersonInCharge(String personInCharge) {
        this.personInCharge = personInCharge;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public PlaceStatus getStatus() {
        return status;
    }

    public void setStatus(PlaceStatus status) {
        this.status = status;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
