package dz.sanad.organisation.web;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Organisation.UnitFilter;
import dz.sanad.organisation.Scope;
import dz.sanad.organisation.Unit;
import dz.sanad.organisation.UnitKind;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/organisation")
class OrganisationApi {

	record UnitDto(Long id, String code, UnitKind kind, String nameAr, String nameFr, Long parentId,
			String wilayaCode, boolean active) {
		static UnitDto of(Unit u) {
			return new UnitDto(u.getId(), u.getCode(), u.getKind(), u.getNameAr(), u.getNameFr(), u.getParentId(),
					u.getWilayaCode(), u.isActive());
		}
	}

	record Node(Long id, String code, UnitKind kind, String nameAr, String nameFr, String wilayaCode, boolean active,
			List<Node> children) {
	}

	private final Organisation organisation;

	OrganisationApi(Organisation organisation) {
		this.organisation = organisation;
	}

	/** The tree under the caller's scope, nested. */
	@GetMapping("/tree")
	List<Node> tree() {
		Scope scope = organisation.scopeOf(CurrentUser.get());
		List<Unit> units = organisation.subtree(scope);
		Map<Long, Node> nodes = new HashMap<>();
		List<Node> roots = new ArrayList<>();
		for (Unit u : units) { // ordered by path: parents come before their children
			Node n = new Node(u.getId(), u.getCode(), u.getKind(), u.getNameAr(), u.getNameFr(), u.getWilayaCode(),
					u.isActive(), new ArrayList<>());
			nodes.put(u.getId(), n);
			Node parent = nodes.get(u.getParentId());
			if (parent == null) {
				roots.add(n);
			}
			else {
				parent.children().add(n);
			}
		}
		return roots;
	}

	@GetMapping("/units")
	Page<UnitDto> units(UnitFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Scope scope = organisation.scopeOf(CurrentUser.get());
		return organisation.search(filter, scope, Paging.of(page, size, Sort.by("code"))).map(UnitDto::of);
	}

	@GetMapping("/units/{id}")
	UnitDto unit(@PathVariable Long id) {
		return UnitDto.of(organisation.getInScope(id, CurrentUser.get()));
	}
}
