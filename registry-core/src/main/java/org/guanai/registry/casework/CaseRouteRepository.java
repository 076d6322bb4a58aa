package org.guanai.registry.casework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseRouteRepository extends JpaRepository<CaseRoute, Long> {

    /** The county's own routes, and the installation's defaults (county null). */
    List<CaseRoute> findByCountyCodeOrCountyCodeIsNull(String countyCode);

    Optional<CaseRoute> findByCountyCodeAndType(String countyCode, CaseType type);

    Optional<CaseRoute> findByCountyCodeIsNullAndType(CaseType type);
}
