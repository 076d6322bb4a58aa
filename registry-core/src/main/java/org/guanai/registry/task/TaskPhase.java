package org.guanai.registry.task;

/** The plan's three phases (六): 动员部署 · 集中行动 · 巩固深化. */
public enum TaskPhase {
    MOBILISE, CAMPAIGN, CONSOLIDATE
}
