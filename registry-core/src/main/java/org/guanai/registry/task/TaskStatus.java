package org.guanai.registry.task;

/** 未开始 · 进行中 · 已完成, as a unit reports it. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE
}
