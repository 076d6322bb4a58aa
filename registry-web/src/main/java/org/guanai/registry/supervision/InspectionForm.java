package org.guanai.registry.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The form of an inspection as typed: the date kept as text, and its finding rows (a subject and a finding each), so
 * that a refused one shows again as it was.
 */
public class InspectionForm {

    private String kind;
    private String inspectedOn;
    private String inspectors;
    private String units;
    private List<String> subject = new ArrayList<>();
    private List<String> finding = new ArrayList<>();
    private String summary;

    public InspectionForm() {
    }

    static InspectionForm inspectedOn(LocalDate day) {
        InspectionForm form = new InspectionForm();
        form.inspectedOn = day.toString();
        return form;
    }

    /** The findings as the service takes them, row by row. */
    List<Inspections.FindingInput> findings() {
        List<Inspections.FindingInput> input = new ArrayList<>();
        for (int i = 0; i < finding.size(); i++) {
            input.add(new Inspections.FindingInput(subjectAt(i + 1), finding.get(i)));
        }
        return input;
    }

    /** Row {@code n}'s (from 1) subject as sent, or null. */
    public String subjectAt(int n) {
        return n <= subject.size() ? subject.get(n - 1) : null;
    }

    /** Row {@code n}'s (from 1) finding as typed, or null. */
    public String findingAt(int n) {
        return n <= finding.size() ? finding.get(n - 1) : null;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getInspectedOn() {
        return inspectedOn;
    }

    public void setInspectedOn(String inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    public String getInspectors() {
        return inspectors;
    }

    public void setInspectors(String inspectors) {
        this.inspectors = inspectors;
    }

    public String getUnits() {
        return units;
    }

    public void setUnits(String units) {
        this.units = units;
    }

    public List<String> getSubject() {
        return subject;
    }

    public void setSubject(List<String> subject) {
        this.subject = subject == null ? new ArrayList<>() : subject;
    }

    public List<String> getFinding() {
        return finding;
    }

    public void setFinding(List<String> finding) {
        this.finding = finding == null ? new ArrayList<>() : finding;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
