package org.guanai.registry.region;

/** What a region is called locally: 镇 / 乡 / 街道 at town level, 村 / 社区 at village level. */
public enum RegionKind {
    COUNTY, TOWN, TOWNSHIP, SUBDISTRICT, VILLAGE, COMMUNITY, OTHER
}
