package org.guanai.registry.casework;

/** Who may take a step of a case; each step of a workflow names its parties. */
public enum Party {
    /** Staff of the organisation the case is routed to (or of the county department above it). */
    OWNER,
    /** The clerk of the person's town (or village worker of the village). */
    TOWN,
    /** The county office (县民政局 / 留守办). */
    COUNTY,
    /** A department the case was referred to (兜底保障: 人社, 卫计, 扶贫, 残联). */
    REFERRED,
    /** 县人民法院, once an application to revoke guardianship refers the case to it (Longli 五（一）3 四). */
    COURT,
    /** 县人民检察院, referred with the court or asked for its supervision (Longli 五（一）3 五, 七（三）). */
    PROCURATORATE,
    /** 县司法局, asked for legal aid (Longli 五（一）4 一: 为留守儿童、留守老人开展法律维权活动). */
    JUSTICE
}
