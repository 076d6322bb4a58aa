package org.guanai.registry.person;

/** 家访 · 探访 · 随访 · 电话 · 视频通话 · 记事. Stored by name: add values, never rename. */
public enum VisitKind {
    HOME, CALL_ON, FOLLOW_UP, PHONE, VIDEO, NOTE;

    /** A note is no contact: it keeps no last visit date and clears no visit due (docs/care.md, "Visit plan"). */
    public boolean isContact() {
        return this != NOTE;
    }
}
