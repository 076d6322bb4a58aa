package org.guanai.registry.person;

public enum Sex {
    MALE, FEMALE
}
