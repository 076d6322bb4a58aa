package org.guanai.registry.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

    /** The organisation {@code id} if it is a county department with a line of work (a department user's unit). */
    public Optional<Organisation> countyDepartment(Long id) {
        return find(id).filter(Organisation::isCountyDepartment);
    }

    public Optional<Organisation> findByCode(String code) {
        return organisations.findByCode(code);
    }

    /** The names of the organisations {@code ids}, by id: one read of those rows, not of every unit. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return organisations.findAllById(ids).stream().collect(Collectors.toMap(Organisation::getId,
                Organisation::getName));
    }

    public List<Organisation> all() {
        return organisations.findAllByOrderByRegionCodeAscSortOrderAscNameAsc();
    }

    /**
     * The units of {@code county}'s regions and of the regions {@code above} it, active or not, in the order of
     * {@link #all()}: an administrator's page of one county, not all of a province's 7,748 units.
     */
    public List<Organisation> ofCounty(RegionCode county, Collection<String> above) {
        String prefix = county.prefix();
        List<String> at = new ArrayList<>(above);
        at.add(county.value()); // never an empty list
        return organisations.findInRangeOrAt(RegionCode.lowestWithPrefix(prefix), RegionCode.highestWithPrefix(prefix),
                at);
    }

    /**
     * The active county departments of {@code countyCode} (a line of work each), in the order of {@link #all()}. Read
     * by the county's code: the task, supervision and pattern pages had read all of a province's 7,748 units for
     * them (37 ms each time on the province set).
     */
    public List<Organisation> countyDepartments(String countyCode) {
        return organisations.findByRegionCodeAndActiveTrueOrderBySortOrderAscNameAsc(countyCode).stream()
                .filter(Organisation::isCountyDepartment).toList();
    }

    /**
     * The working unit of a line of work in one region (the town's 派出所, the county's 公安局): reporting
     * units such as schools are never case owners.
     */
    public Optional<Organisation> findUnit(DepartmentType type, String regionCode) {
        return organisations.findByDepartmentTypeAndRegionCodeAndActiveTrueOrderBySortOrderAscIdAsc(type, regionCode)
                .stream().filter(o -> !o.getKind().isReportingUnit()).findFirst();
    }

    @Transactional
    public Organisation create(String code, String name, OrganisationKind kind, DepartmentType departmentType,
            RegionCode region, int sortOrder) {
        return organisations.save(new Organisation(code, name, kind, departmentType, region.value(), sortOrder));
    }
}
