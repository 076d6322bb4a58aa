package org.guanai.registry.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.guanai.registry.region.Region;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.region.RegionKind;
import org.guanai.registry.region.RegionService;
import org.springframework.stereotype.Component;

/**
 * The rest of a province around the demo county, for benchmarks at a province's shape: synthetic counties under
 * Guizhou's nine prefectures, each with {@link #TOWNS_PER_COUNTY} towns of {@link #VILLAGES_PER_TOWN} villages
 * and the demo county's departments and town units, so that their cases route as the demo county's do. 87 of
 * them and the demo county make Guizhou's 88 counties and about 1,500 towns. Their names say they are synthetic.
 */
@Component
public class SyntheticCounties {

    static final int TOWNS_PER_COUNTY = 17;
    static final int VILLAGES_PER_TOWN = 10;
    /** Guizhou's prefectures (code, name); the demo county lies in the last. */
    private static final String[][] PREFECTURES = {{"5201", "贵阳市"}, {"5202", "六盘水市"}, {"5203", "遵义市"},
        {"5204", "安顺市"}, {"5205", "毕节市"}, {"5206", "铜仁市"}, {"5223", "黔西南布依族苗族自治州"},
        {"5226", "黔东南苗族侗族自治州"}, {"5227", "黔南布依族苗族自治州"}};
    /** Counties 01 to 29 of a prefecture; the demo county is 30 of its prefecture. */
    static final int MAX = PREFECTURES.length * 29;

    private final RegionService regions;
    private final DemoCountyBuilder builder;

    SyntheticCounties(RegionService regions, DemoCountyBuilder builder) {
        this.regions = regions;
        this.builder = builder;
    }

    /** Creates {@code count} counties (and the prefectures they need) under the demo province; returns their codes. */
    public List<RegionCode> create(int count) {
        if (count < 0 || count > MAX) {
            throw new IllegalArgumentException("synthetic counties: 0 to " + MAX + ", not " + count);
        }
        RegionCode province = RegionCode.of(LongliDemoCounty.PROVINCE);
        // Read from the database, not RegionService's memory, which keeps what it found for minutes.
        Set<String> prefectures = regions.childrenAsStored(province).stream().map(Region::getCode)
                .collect(Collectors.toCollection(HashSet::new));
        List<String> villages = IntStream.rangeClosed(1, VILLAGES_PER_TOWN).mapToObj(v -> "模拟" + v + "村").toList();
        List<RegionCode> counties = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] prefecture = PREFECTURES[i % PREFECTURES.length];
            RegionCode prefectureCode = RegionCode.of(prefecture[0] + "00000000");
            if (prefectures.add(prefectureCode.value())) {
                regions.create(prefectureCode, prefecture[1], province, RegionKind.OTHER, 0);
            }
            int number = i / PREFECTURES.length + 1;
            RegionCode county = RegionCode.of(prefecture[0] + String.format("%02d", number) + "000000");
            String name = "模拟" + county.prefix() + "县";
            regions.create(county, name, prefectureCode, RegionKind.COUNTY, number);
            builder.departments(county, name, "-" + county.prefix());
            for (int t = 0; t < TOWNS_PER_COUNTY; t++) {
                String town = county.prefix() + String.format("%03d", 100 + t) + "000";
                builder.town(new LongliDemoCounty.Town(town, name + "模拟" + (t + 1) + "镇", RegionKind.TOWN,
                        "模拟" + (t + 1), List.of(), villages), county, t);
            }
            counties.add(county);
        }
        return counties;
    }
}
