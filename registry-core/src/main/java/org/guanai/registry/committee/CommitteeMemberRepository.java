package org.guanai.registry.committee;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeMemberRepository extends JpaRepository<CommitteeMember, Long> {

    List<CommitteeMember> findByCommitteeId(Long committeeId);
}
