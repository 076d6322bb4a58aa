package org.guanai.registry.task;

import org.guanai.registry.shared.RefusedException;

/** A task change that is not allowed (another unit's part, not the county office); nothing was written. */
public class TaskRefusedException extends RefusedException {

    public TaskRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    private TaskRefusedException(String field, String messageKey) {
        super(new Field(field), messageKey);
    }

    /** A refusal of one field's value: the task's form shows the reason next to the field. */
    public static TaskRefusedException ofField(String field, String messageKey) {
        return new TaskRefusedException(field, messageKey);
    }
}
