package org.guanai.registry.child;

/** 户籍性质: a rural (农业) or urban (非农业) household registration; only a rural child can be a 留守儿童. */
public enum HukouType {
    RURAL, URBAN
}
