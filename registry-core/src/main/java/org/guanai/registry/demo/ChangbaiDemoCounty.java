package org.guanai.registry.demo;

import java.util.List;
import org.guanai.registry.account.Role;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.region.RegionKind;

/**
 * The second demo county: 长白朝鲜族自治县 (Jilin) under its own 2016 plan (plans/changbai-2016). The towns are those its
 * plan's joint meeting lists; their codes below the county and the village names are plausible demo data.
 */
final class ChangbaiDemoCounty {

    static final String PROVINCE = "220000000000";
    static final String PREFECTURE = "220600000000";
    static final String COUNTY = "220623000000";
    static final String PLAN = "changbai-2016";
    /** Organisation codes of this county's departments: the pack's codes with this prefix. */
    static final String CODE_PREFIX = "cb-";

    static final List<LongliDemoCounty.Town> TOWNS = List.of(
            town("220623100000", "长白镇", "长白", "长白社区", "民主村", "新房子村", "二十三道沟村"),
            town("220623101000", "八道沟镇", "八道沟", "八道沟社区", "葫芦套村", "平安村"),
            town("220623102000", "十四道沟镇", "十四道沟", "十四道沟社区", "望天鹅村", "西岗村"),
            town("220623103000", "马鹿沟镇", "马鹿沟", "马鹿沟社区", "果园村", "宝马村", "龙岗村"),
            town("220623104000", "宝泉山镇", "宝泉山", "宝泉山社区", "二道沟村", "三道沟村"),
            town("220623105000", "新房子镇", "新房子", "新房子社区", "沿江村", "横山村"),
            town("220623106000", "十二道沟镇", "十二道沟", "十二道沟社区", "十三道沟村", "半截沟村"),
            town("220623200000", "金华乡", "金华", "金华社区", "金华村", "梨田村"));

    static final List<LongliDemoCounty.DemoAccount> ACCOUNTS = List.of(
            new LongliDemoCounty.DemoAccount("cbcounty", "长白县民政局 联席会议办公室 金美兰", Role.COUNTY, COUNTY, null),
            new LongliDemoCounty.DemoAccount("cbtown", "长白镇 民政助理 朴成哲", Role.TOWN, "220623100000", null));

    private static LongliDemoCounty.Town town(String code, String name, String shortName, String community,
            String... villages) {
        return new LongliDemoCounty.Town(code, name, name.endsWith("乡") ? RegionKind.TOWNSHIP : RegionKind.TOWN,
                shortName, List.of(community), List.of(villages));
    }

    static boolean isCountyDepartment(DepartmentType line) {
        return line != DepartmentType.TOWN && line != DepartmentType.OTHER;
    }

    private ChangbaiDemoCounty() {
    }
}
