package org.guanai.registry.pattern;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PatternEntryRepository extends JpaRepository<PatternEntry, Long> {

    @Query("select e from PatternEntry e where e.regionCode between :lo and :hi")
    List<PatternEntry> inRegion(String lo, String hi);

    Optional<PatternEntry> findByItemIdAndRegionCode(Long itemId, String regionCode);
}
