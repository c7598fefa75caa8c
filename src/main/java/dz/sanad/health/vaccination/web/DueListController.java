package dz.sanad.health.vaccination.web;

import dz.sanad.health.vaccination.Calendars;
import dz.sanad.health.vaccination.DoseRule;
import dz.sanad.health.vaccination.DoseStatus;
import dz.sanad.health.vaccination.DueLists;
import dz.sanad.health.vaccination.RecomputeJobs;
import dz.sanad.health.vaccination.Recomputations;
import dz.sanad.health.vaccination.VaccinationAccess;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.Dates;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Paging;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The centre's due / overdue / missed lists with their counts, the export, a family's children, the catch-up list. */
@Controller
@RequestMapping("/health/vaccination")
class DueListController {

	private final DueLists lists;

	private final VaccinationAccess access;

	private final Calendars calendars;

	private final People people;

	private final Xlsx xlsx;

	private final RecomputeJobs jobs;

	private final Recomputations recomputations;

	DueListController(DueLists lists, VaccinationAccess access, Calendars calendars, People people, Xlsx xlsx,
			RecomputeJobs jobs, Recomputations recomputations) {
		this.lists = lists;
		this.access = access;
		this.calendars = calendars;
		this.people = people;
		this.xlsx = xlsx;
		this.jobs = jobs;
		this.recomputations = recomputations;
	}

	@GetMapping
	String list(DueLists.Filter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		String wilaya = access.requireCentreWilaya(CurrentUser.get());
		Page<DueLists.Row> rows = lists.page(wilaya, filter, Paging.of(page, size, Sort.unsorted()));
		Map<Long, DoseRule> rules = calendars.rulesById();
		model.addAttribute("filter", filter);
		model.addAttribute("status", filter.statusOrDue());
		model.addAttribute("page", rows);
		model.addAttribute("counts", lists.counts(wilaya, filter));
		model.addAttribute("statuses", DoseStatus.LISTED);
		model.addAttribute("antigens", rules.values().stream().map(DoseRule::antigen)
			.collect(Collectors.toCollection(TreeSet::new)));
		model.addAttribute("rules", rules);
		model.addAttribute("names", names(rows.getContent()));
		model.addAttribute("thresholds", lists.thresholds());
		return "health/vaccination/due";
	}

	@GetMapping("/export")
	void export(DueLists.Filter filter, HttpServletResponse response) {
		String wilaya = access.requireCentreWilaya(CurrentUser.get());
		List<DueLists.Row> rows = lists.all(wilaya, filter).toList();
		Map<Long, DoseRule> rules = calendars.rulesById();
		Map<Long, FamilyMember> names = names(rows);
		var locale = LocaleContextHolder.getLocale();
		DoseStatus status = filter.statusOrDue();
		xlsx.export(response, "vaccination-" + status.name().toLowerCase(java.util.Locale.ROOT),
				List.<Xlsx.Column<DueLists.Row>>of(
						Xlsx.col("vaccination.child", r -> names.containsKey(r.childId())
								? names.get(r.childId()).name(locale) : ""),
						Xlsx.col("vaccination.birthDate", DueLists.Row::birth),
						Xlsx.col("vaccination.vaccine", r -> rules.get(r.doseId()).label(locale)),
						Xlsx.col("vaccination.doseNo", DueLists.Row::doseNo),
						Xlsx.col("vaccination.dueDate", DueLists.Row::due),
						Xlsx.col("vaccination.earliestDate", DueLists.Row::earliest),
						Xlsx.col("vaccination.status", r -> status.name()),
						Xlsx.col("vaccination.refused", r -> r.refused() ? "X" : "")),
				rows.stream(), String.valueOf(filter));
	}

	/** A family found by the member's matricule: the children, to open one's schedule. */
	@GetMapping("/family")
	String family(@RequestParam String matricule, Model model) {
		SanadUser user = CurrentUser.get();
		String wilaya = access.requireCentreWilaya(user);
		Member m = people.byMatricule(matricule.trim()).filter(x -> wilaya.equals(x.getWilayaCode()))
			.orElseThrow(() -> new NotFoundException("member " + matricule));
		model.addAttribute("member", m);
		model.addAttribute("children", people.familyOf(m.getId()).stream()
			.filter(f -> f.isChild() && f.getBirthDate() != null && f.ageOn(Dates.today()) < 18).toList());
		return "health/vaccination/family";
	}

	/** The children of the centre's families needing catch-up doses after the latest recomputation. */
	@GetMapping("/catch-up")
	String catchUp(@RequestParam(required = false) Integer page, Model model) {
		String wilaya = access.requireCentreWilaya(CurrentUser.get());
		var pageable = Paging.of(page, null, Sort.unsorted());
		RecomputeJobs.Job job = jobs.recent(20).stream().filter(j -> j.status() == RecomputeJobs.Status.DONE)
			.findFirst().orElse(null);
		List<Recomputations.CatchUp> rows = job == null ? List.of()
				: recomputations.catchUps(job.id(), wilaya, (int) pageable.getOffset(), pageable.getPageSize());
		long total = job == null ? 0 : recomputations.catchUpTotal(job.id(), wilaya);
		model.addAttribute("job", job);
		model.addAttribute("calendar", job == null ? null : calendars.get(job.calendarId()));
		model.addAttribute("page", new PageImpl<>(rows, pageable, total));
		model.addAttribute("rules", calendars.rulesById());
		model.addAttribute("names", people.familyMembers(rows.stream().map(Recomputations.CatchUp::childId)
			.collect(Collectors.toSet())));
		return "health/vaccination/catch-up";
	}

	private Map<Long, FamilyMember> names(List<DueLists.Row> rows) {
		return people.familyMembers(rows.stream().map(DueLists.Row::childId).collect(Collectors.toSet()));
	}
}
