package org.guanai.registry.roster;

import java.util.List;
import java.util.function.BiConsumer;

/** The columns every roster starts with: 序号, 乡镇（街道）, 村: read together into a village code. */
final class PlaceColumns {

    private static final String TOWN = "town";

    private PlaceColumns() {
    }

    static <D> List<RosterColumn<D>> of(String villageHeader, BiConsumer<D, String> setVillageCode) {
        return List.of(
                Col.<D>of("序号").width(6).prints(RosterEntry::index).build(),
                Col.<D>of("乡镇（街道）").aliases("乡镇", "乡（镇、街道）", "镇（街道）").width(12)
                        .note("乡镇或街道的名称，如“龙山镇”；县留守办导入时必填，镇（街道）导入时可空（即本镇）。")
                        .prints(RosterEntry::townName)
                        .reads((cell, row) -> {
                            row.put(TOWN, cell.text());
                            return null;
                        }).build(),
                Col.<D>of(villageHeader).aliases("村（居）", "村（组）", "村（社区）", "村", "村居", "所在村")
                        .fields("villageCode").width(12)
                        .note("村（社区）的名称，须是系统中该乡镇下的村（社区）。")
                        .prints(RosterEntry::villageName)
                        .reads((cell, row) -> {
                            String village = cell.text();
                            if (village == null) {
                                cell.problem("imports.cell.villageRequired");
                                return null;
                            }
                            String code = row.regions().villageCode(row.get(TOWN), village, cell);
                            return code == null ? null : d -> setVillageCode.accept(d, code);
                        }).build());
    }
}
