package org.guanai.registry.committee;

/**
 * A member's place in the roster, in the order the roster prints: 组长 (总召集人), 副组长 (副召集人), 成员, then
 * the office's 主任, 副主任 and staff. The words differ by kind; the labels carry them.
 */
public enum MemberPosition {
    LEADER, DEPUTY, MEMBER, OFFICE_HEAD, OFFICE_DEPUTY, OFFICE_STAFF
}
