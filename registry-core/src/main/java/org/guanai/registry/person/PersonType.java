package org.guanai.registry.person;

public enum PersonType {
    CHILD, ELDER
}
