package org.guanai.registry.organisation;

import java.util.List;
import java.util.Optional;
import org.guanai.registry.region.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationRepository organisations;

    OrganisationService(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public Optional<Organisation> find(Long id) {
        return id == null ? Optional.empty() : organisations.findById(id);
    }

    public Optional<Organisation> findByCode(String code) {
        return organisations.findByCode(code);
    }

    public List<Organisation> all() {
        return organisations.findAllByOrderByRegionCodeAscSortOrderAscNameAsc();
    }

    @Transactional
    public Organisation create(String code, String name, OrganisationKind kind, DepartmentType departmentType,
            RegionCode region, int sortOrder) {
        return organisations.save(new Organisation(code, name, kind, departmentType, region.value(), sortOrder));
    }
}
