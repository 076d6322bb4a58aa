package org.guanai.registry.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerificationRepository extends JpaRepository<Verification, Long> {

    List<Verification> findByReportIdIn(Collection<Long> reportIds);

    Optional<Verification> findByReportIdAndCol(Long reportId, Attachment3Column col);
}
