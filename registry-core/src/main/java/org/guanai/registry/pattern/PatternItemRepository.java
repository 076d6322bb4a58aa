package org.guanai.registry.pattern;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PatternItemRepository extends JpaRepository<PatternItem, Long> {

    List<PatternItem> findByCountyCodeAndArchivedOnIsNullOrderByLevelAscNumberAsc(String countyCode);
}
