package org.guanai.registry.elder;

/** 婚姻状况. */
public enum MaritalStatus {
    MARRIED, WIDOWED, DIVORCED, UNMARRIED
}
