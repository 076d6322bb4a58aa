package org.guanai.registry.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A visit as the clerk records it. */
public class VisitForm {

    @NotNull(message = "{visit.error.date}")
    @PastOrPresent(message = "{visit.error.dateFuture}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate visitDate;

    @NotBlank(message = "{visit.error.visitor}")
    @Size(max = 50, message = "{visit.error.visitor}")
    private String visitor;

    @NotNull(message = "{visit.error.kind}")
    private VisitKind kind;

    @NotBlank(message = "{visit.error.findings}")
    @Size(max = 1000, message = "{visit.error.findingsLength}")
    private String findings;

    private boolean followUpNeeded;

    @Size(max = 500, message = "{visit.error.followUpLength}")
    private String followUp;

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public String getVisitor() {
        return visitor;
    }

    public void setVisitor(String visitor) {
        this.visitor = visitor;
    }

    public VisitKind getKind() {
        return kind;
    }

    public void setKind(VisitKind kind) {
        this.kind = kind;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public boolean isFollowUpNeeded() {
        return followUpNeeded;
    }

    public void setFollowUpNeeded(boolean followUpNeeded) {
        this.followUpNeeded = followUpNeeded;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }
}
