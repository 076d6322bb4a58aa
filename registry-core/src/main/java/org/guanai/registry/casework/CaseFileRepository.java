package org.guanai.registry.casework;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

    @Query("select count(c) > 0 from CaseFile c where c.childId = :childId and c.type = :type and c.closed = false")
    boolean hasOpen(long childId, CaseType type);

    @Query("select count(c) > 0 from CaseFile c where c.childId = :childId and c.type = :type")
    boolean hasAny(long childId, CaseType type);

    List<CaseFile> findByChildIdOrderByOpenedAtDescIdDesc(long childId);

    @Query("select count(c) > 0 from CaseFile c where c.elderId = :elderId and c.type = :type and c.closed = false")
    boolean hasOpenForElder(long elderId, CaseType type);

    List<CaseFile> findByElderIdOrderByOpenedAtDescIdDesc(long elderId);
}
