package org.guanai.registry.child;

/**
 * 困境儿童 categories of 国发〔2016〕36号 (家庭贫困 · 自身残疾 · 监护缺失或监护不当) and the local
 * subtypes (孤儿 · 事实无人抚养 · 重病重残 · 服刑在押人员子女).
 */
public enum DifficultyCategory {
    FAMILY_POVERTY, OWN_DISABILITY, GUARDIANSHIP_LACKING, ORPHAN, DE_FACTO_UNSUPPORTED, SERIOUS_ILLNESS_OR_DISABILITY,
    CHILD_OF_PRISONER
}
