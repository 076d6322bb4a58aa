package org.guanai.registry.task;

import org.guanai.registry.shared.RefusedException;

/** A task change that is not allowed (another unit's part, not the county office); nothing was written. */
public class TaskRefusedException extends RefusedException {

    public TaskRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
