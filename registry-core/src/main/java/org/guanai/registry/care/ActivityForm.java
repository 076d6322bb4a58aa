package org.guanai.registry.care;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** An activity as a village worker logs it; participants as {@code CHILD:12} / {@code ELDER:7}. */
public class ActivityForm {

    @NotBlank(message = "{care.error.region}")
    private String regionCode;

    private Long placeId;

    @Size(max = 100, message = "{care.error.tooLong}")
    private String placeText;

    @NotNull(message = "{care.error.activityKind}")
    private ActivityKind kind;

    @NotNull(message = "{care.error.activityDate}")
    @PastOrPresent(message = "{care.error.activityDateFuture}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate activityDate;

    @NotBlank(message = "{care.error.organiser}")
    @Size(max = 100, message = "{care.error.organiser}")
    private String organiser;

    @Size(max = 1000, message = "{care.error.tooLong}")
    private String notes;

    private List<Long> carerIds = new ArrayList<>();

    @Size(max = 500, message = "{care.error.tooManyParticipants}")
    private List<String> participants = new ArrayList<>();

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Long getPlaceId() {
        return placeId;
    }

    public void setPlaceId(Long placeId) {
        this.placeId = placeId;
    }

    public String getPlaceText() {
        return placeText;
    }

    public void setPlaceText(String placeText) {
        this.placeText = placeText;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public LocalDate getActivityDate() {
        return activityDate;
    }

    public void setActivityDate(LocalDate activityDate) {
        this.activityDate = activityDate;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<Long> getCarerIds() {
        return carerIds;
    }

    public void setCarerIds(List<Long> carerIds) {
        this.carerIds = carerIds == null ? new ArrayList<>() : carerIds;
    }

    public List<String> getParticipants() {
        return participants;
    }

    public void setParticipants(List<String> participants) {
        this.participants = participants == null ? new ArrayList<>() : participants;
    }
}
