package org.guanai.registry.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByCode(String code);

    List<Organisation> findAllByOrderByRegionCodeAscSortOrderAscNameAsc();

    /** A county's units (its code range) and those of the regions {@code at}; in the order of the whole list. */
    @Query("""
            select o from Organisation o where o.regionCode between :lowest and :highest or o.regionCode in :at
            order by o.regionCode, o.sortOrder, o.name""")
    List<Organisation> findInRangeOrAt(String lowest, String highest, Collection<String> at);

    List<Organisation> findByRegionCodeAndActiveTrueOrderBySortOrderAscNameAsc(String regionCode);

    List<Organisation> findByDepartmentTypeAndRegionCodeAndActiveTrueOrderBySortOrderAscIdAsc(DepartmentType type,
            String regionCode);
}
