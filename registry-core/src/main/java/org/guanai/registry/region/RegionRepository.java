package org.guanai.registry.region;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegionRepository extends JpaRepository<Region, String> {

    List<Region> findByParentCodeOrderBySortOrderAscCodeAsc(String parentCode);

    @Query("select r from Region r where r.code like concat(:prefix, '%') order by r.code")
    List<Region> findSubtree(String prefix);
}
