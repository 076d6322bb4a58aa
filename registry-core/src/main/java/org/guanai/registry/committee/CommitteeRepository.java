package org.guanai.registry.committee;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeRepository extends JpaRepository<Committee, Long> {

    Optional<Committee> findByRegionCodeAndKind(String regionCode, CommitteeKind kind);
}
