package org.guanai.registry.demo;

import java.util.List;
import org.guanai.registry.account.Role;
import org.guanai.registry.organisation.DepartmentType;
import org.guanai.registry.organisation.OrganisationKind;
import org.guanai.registry.region.RegionKind;

/**
 * The demo county: 龙里县 with the six units of the Longli plan. The town names and the departments are
 * the plan's; the division codes below the county and the village names are plausible demo data.
 */
final class LongliDemoCounty {

    static final String PROVINCE = "520000000000";
    static final String PREFECTURE = "522700000000";
    static final String COUNTY = "522730000000";
    static final String DEMO_PASSWORD = "Demo@2026";

    record Town(String code, String name, RegionKind kind, String shortName, List<String> communities,
            List<String> villages) {
    }

    record Department(String code, String name, DepartmentType type) {
    }

    record DemoAccount(String username, String displayName, Role role, String regionCode, String organisationCode) {
    }

    static final List<Town> TOWNS = List.of(
            new Town("522730001000", "冠山街道", RegionKind.SUBDISTRICT, "冠山",
                    List.of("冠山社区", "龙场社区", "西城社区", "东城社区", "莲花社区", "云雾社区"), List.of("新场村", "平坡村")),
            new Town("522730100000", "龙山镇", RegionKind.TOWN, "龙山",
                    List.of("龙山社区"), List.of("中坝村", "草原村", "幸福村", "双龙村", "金星村", "水苔村", "光明村")),
            new Town("522730101000", "谷脚镇", RegionKind.TOWN, "谷脚",
                    List.of("谷脚社区"), List.of("茶香村", "观音村", "岱林村", "高堡村", "鸡场村", "谷龙村")),
            new Town("522730102000", "醒狮镇", RegionKind.TOWN, "醒狮",
                    List.of("醒狮社区"), List.of("元宝村", "凉水村", "谷远村", "大新村", "三合村")),
            new Town("522730103000", "湾滩河镇", RegionKind.TOWN, "湾滩河",
                    List.of("湾滩河社区"), List.of("果里村", "云雾山村", "翁贵村", "走马村", "金批村", "巴江村", "园区村", "羊场村")),
            new Town("522730104000", "洗马镇", RegionKind.TOWN, "洗马",
                    List.of("洗马社区"), List.of("乐湾村", "台上村", "田箐村", "平山村")));

    /** The county members of the Longli plan's leading group that act on cases or supervise. */
    static final List<Department> DEPARTMENTS = List.of(
            new Department("mz", "龙里县民政局", DepartmentType.CIVIL_AFFAIRS),
            new Department("ga", "龙里县公安局", DepartmentType.POLICE),
            new Department("jy", "龙里县教育局", DepartmentType.EDUCATION),
            new Department("wj", "龙里县卫计局", DepartmentType.HEALTH),
            new Department("fl", "龙里县妇联", DepartmentType.WOMEN),
            new Department("cl", "龙里县残联", DepartmentType.DISABLED),
            new Department("rs", "龙里县人社局", DepartmentType.HUMAN_RESOURCES),
            new Department("fp", "龙里县扶贫局", DepartmentType.POVERTY),
            new Department("sf", "龙里县司法局", DepartmentType.JUSTICE),
            new Department("cz", "龙里县财政局", DepartmentType.FINANCE),
            new Department("tw", "共青团龙里县委（团县委）", DepartmentType.YOUTH_LEAGUE),
            new Department("fy", "龙里县人民法院", DepartmentType.COURT),
            new Department("jcy", "龙里县人民检察院", DepartmentType.PROCURATORATE),
            new Department("dc", "龙里县督查督办局", DepartmentType.INSPECTION),
            new Department("zzb", "龙里县综治办", DepartmentType.COMPREHENSIVE_GOVERNANCE),
            new Department("ggw", "龙里县关工委", DepartmentType.ELDERLY_CARE_COMMITTEE),
            new Department("zgh", "龙里县总工会", DepartmentType.TRADE_UNION),
            new Department("fzb", "龙里县政府法制办", DepartmentType.LEGAL_AFFAIRS),
            new Department("djb", "龙里县委党建办", DepartmentType.PARTY_BUILDING),
            new Department("hszh", "龙里县红十字会", DepartmentType.RED_CROSS));

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "系统管理员", Role.ADMIN, COUNTY, null),
            new DemoAccount("county", "县留守办 王红", Role.COUNTY, COUNTY, null),
            new DemoAccount("longshan", "龙山镇社会事业办 李娟", Role.TOWN, "522730100000", null),
            new DemoAccount("gujiao", "谷脚镇社会事业办 张明", Role.TOWN, "522730101000", null),
            new DemoAccount("edu", "县教育局 陈老师", Role.DEPARTMENT, null, "jy"),
            new DemoAccount("police", "县公安局 刘警官", Role.DEPARTMENT, null, "ga"),
            new DemoAccount("health", "县卫计局 杨医生", Role.DEPARTMENT, null, "wj"),
            // A unit that oversees nothing: a town's police station works its own reports (CaseScope).
            new DemoAccount("paichusuo", "龙山派出所 韦警官", Role.DEPARTMENT, null, "police-522730100000"),
            new DemoAccount("school1", "龙山镇中心小学 周校长", Role.REPORTER, null, "school-522730100000"),
            new DemoAccount("inspector", "县督查督办局 罗科长", Role.INSPECTOR, COUNTY, null),
            new DemoAccount("zhongba", "龙山镇中坝村儿童主任 吴芳", Role.VILLAGE, "522730100201", null),
            new DemoAccount("auditor", "县网信办 安全审计员 赵敏", Role.AUDITOR, COUNTY, null));

    static String villageCode(Town town, boolean community, int index) {
        // Communities 001…, villages 201… (the usual convention of the statistical codes).
        return town.code().substring(0, 9) + String.format("%03d", (community ? 0 : 200) + index + 1);
    }

    static List<OrganisationSeed> townUnits(Town town) {
        String code = town.code();
        return List.of(
                new OrganisationSeed("office-" + code, town.name() + "社会事业办", OrganisationKind.TOWN_OFFICE,
                        DepartmentType.TOWN),
                new OrganisationSeed("police-" + code, town.shortName() + "派出所", OrganisationKind.POLICE_STATION,
                        DepartmentType.POLICE),
                new OrganisationSeed("school-" + code, town.name() + "中心小学", OrganisationKind.SCHOOL,
                        DepartmentType.EDUCATION),
                new OrganisationSeed("clinic-" + code, town.name() + "卫生院", OrganisationKind.CLINIC,
                        DepartmentType.HEALTH));
    }

    record OrganisationSeed(String code, String name, OrganisationKind kind, DepartmentType type) {
    }

    private LongliDemoCounty() {
    }
}
