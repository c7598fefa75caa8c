package dz.sanad.activities.web;

import dz.sanad.activities.Association;
import dz.sanad.activities.AssociationService;
import dz.sanad.activities.CareApplication;
import dz.sanad.activities.CareApplicationService;
import dz.sanad.activities.CareGroup;
import dz.sanad.activities.ChildCareService;
import dz.sanad.activities.Partnership;
import dz.sanad.platform.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.YearMonth;
import java.util.List;
/** The REST API of child care (groups, applications, occupancy) and of associations (see {@link ActivitiesApi}). */
@RestController
@RequestMapping("/api/activities")
class ActivitiesCareApi {

	record ApplyRequest(@NotNull Long groupId, Long familyMemberId) {
	}

	private final ChildCareService care;

	private final CareApplicationService applications;

	private final AssociationService associations;

	ActivitiesCareApi(ChildCareService care, CareApplicationService applications, AssociationService associations) {
		this.care = care;
		this.applications = applications;
		this.associations = associations;
	}

	// ---- child care

	@GetMapping("/care/groups")
	List<CareGroup> groups(@RequestParam(required = false) Long unitId) {
		return care.groups(unitId);
	}

	@GetMapping("/care/applications")
	Page<CareApplication> applications(CareApplicationService.ApplicationFilter filter,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return applications.search(filter, Paging.of(page, size, Sort.by(Sort.Direction.DESC, "score")));
	}

	@PostMapping("/care/groups/{id}/allocate")
	CareApplicationService.AllocationResult allocate(@PathVariable Long id) {
		return applications.allocate(id);
	}

	@GetMapping("/care/occupancy")
	List<ChildCareService.Occupancy> occupancy(@RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String month) {
		return care.occupancy(unitId, month == null ? YearMonth.now() : YearMonth.parse(month));
	}

	@GetMapping("/care/my")
	List<CareApplication> myApplications() {
		return applications.mine();
	}

	@PostMapping("/care/apply")
	@ResponseStatus(HttpStatus.CREATED)
	CareApplication apply(@Valid @RequestBody ApplyRequest r) {
		return applications.apply(r.groupId(), r.familyMemberId());
	}

	// ---- associations

	@GetMapping("/associations")
	Page<Association> associations(AssociationService.AssociationFilter filter,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return associations.search(filter, Paging.of(page, size, Sort.by("name")));
	}

	@GetMapping("/partnerships")
	Page<Partnership> partnerships(AssociationService.PartnershipFilter filter,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return associations.searchPartnerships(filter, Paging.of(page, size, Sort.by("endsOn")));
	}
}
