package org.guanai.registry.care;

/**
 * 儿童福利主任 · 儿童主任 · 童伴妈妈 · 爱心家长 (长白's word) · 志愿者 · 社工. Volunteers are grouped by their team
 * (志愿服务团队). Stored by name: add values, never rename.
 */
public enum CarerRole {
    WELFARE_DIRECTOR, CHILDREN_DIRECTOR, COMPANION_MOTHER, CARING_PARENT, VOLUNTEER, SOCIAL_WORKER
}
