package org.guanai.registry.care;

/** 开放 · 暂停 · 关闭. */
public enum PlaceStatus {
    OPEN, PAUSED, CLOSED
}
