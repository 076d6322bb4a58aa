package org.guanai.registry.casework;

/** 一般 · 较重 · 紧急: decides how soon the police must accept (settings {@code registry.cases.response-*}). */
public enum ReportSeverity {
    NORMAL, SERIOUS, URGENT
}
