package org.guanai.registry.region;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegionRepository extends JpaRepository<Region, String> {

    List<Region> findByParentCodeOrderBySortOrderAscCodeAsc(String parentCode);

    @Query("select r from Region r where r.parentCode is null order by r.code")
    List<Region> findRoots();

    /** A range, not {@code like 'prefix%'}: the primary key serves it whatever the collation (16,500 regions). */
    @Query("select r from Region r where r.code between :lowest and :highest order by r.code")
    List<Region> findByCodeRange(String lowest, String highest);
}
