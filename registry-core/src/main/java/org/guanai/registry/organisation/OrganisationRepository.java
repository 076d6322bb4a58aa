package org.guanai.registry.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByCode(String code);

    List<Organisation> findAllByOrderByRegionCodeAscSortOrderAscNameAsc();

    List<Organisation> findByRegionCodeAndActiveTrueOrderBySortOrderAscNameAsc(String regionCode);

    List<Organisation> findByDepartmentTypeAndRegionCodeAndActiveTrueOrderBySortOrderAscIdAsc(DepartmentType type,
            String regionCode);
}
