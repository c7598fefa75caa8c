package dz.sanad.activities.web;

import dz.sanad.activities.CareApplication;
import dz.sanad.activities.CareApplicationService.ApplicationFilter;
import dz.sanad.activities.CareApplicationService;
import dz.sanad.activities.CareDayService;
import dz.sanad.activities.CareGroup;
import dz.sanad.activities.ChildCareService.Occupancy;
import dz.sanad.activities.ChildCareService;
import dz.sanad.activities.PriorityRule;
import dz.sanad.activities.ScopeGuard;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Formats;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Paging;
import dz.sanad.platform.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Child reception and care: groups, occupancy, rules, applications, daily attendance, pick-ups, incidents. */
@Controller
@RequestMapping("/activities/care")
class CareController {

	private final ChildCareService care;

	private final CareApplicationService applications;

	private final CareDayService careDays;

	private final ScopeGuard guard;

	private final Xlsx xlsx;

	private final Pages pages;

	CareController(ChildCareService care, CareApplicationService applications, CareDayService careDays, ScopeGuard guard, Xlsx xlsx,
			Pages pages) {
		this.pages = pages;
		this.care = care;
		this.applications = applications;
		this.careDays = careDays;
		this.guard = guard;
		this.xlsx = xlsx;
	}

	private Map<Long, Unit> units() {
		return care.institutions().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
	}

	private static YearMonth month(String m) {
		try {
			return m == null || m.isBlank() ? YearMonth.now() : YearMonth.parse(m);
		}
		catch (DateTimeParseException e) {
			throw BusinessException.onField("month", "act.error.date-format", m);
		}
	}

	@GetMapping
	String groups(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String month, Model model) {
		Map<Long, Unit> units = units();
		Long unit = unitId != null ? unitId : units.size() == 1 ? units.keySet().iterator().next() : null;
		model.addAttribute("units", units);
		model.addAttribute("unitId", unit);
		model.addAttribute("month", month(month).toString());
		model.addAttribute("occupancy", care.occupancy(unit, month(month)));
		model.addAttribute("rules", unit == null ? null : care.rules(unit));
		return "activities/care";
	}

	@GetMapping("/export")
	void occupancyExport(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String month,
			HttpServletResponse response) {
		Map<Long, Unit> units = units();
		xlsx.export(response, "care-occupancy-" + month(month), List.<Xlsx.Column<Occupancy>>of(
				Xlsx.col("act.unit", o -> units.containsKey(o.unitId()) ? units.get(o.unitId()).getCode() : null),
				Xlsx.col("act.care.group", Occupancy::group), Xlsx.col("act.care.places", Occupancy::places),
				Xlsx.col("act.care.enrolled", Occupancy::enrolled), Xlsx.col("act.care.waiting", Occupancy::waiting),
				Xlsx.col("act.care.occupancy", Occupancy::occupancyRate),
				Xlsx.col("act.care.attendanceRate", Occupancy::attendanceRate)),
				care.occupancy(unitId, month(month)).stream(), "unitId=" + unitId + " month=" + month);
	}

	@PostMapping("/groups")
	String createGroup(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String name,
			@RequestParam(defaultValue = "0") int minAgeMonths, @RequestParam(defaultValue = "0") int maxAgeMonths,
			@RequestParam(defaultValue = "0") int capacity, @RequestParam(defaultValue = "0") int childrenPerStaff,
			@RequestParam(defaultValue = "0") int staffCount, RedirectAttributes flash) {
		return pages.run(flash, "/activities/care?unitId=" + (unitId == null ? "" : unitId), "act.saved",
				() -> care.createGroup(unitId, name, minAgeMonths, maxAgeMonths, capacity, childrenPerStaff, staffCount));
	}

	@PostMapping("/groups/{id}")
	String updateGroup(@PathVariable Long id, @RequestParam(required = false) String name,
			@RequestParam(defaultValue = "0") int minAgeMonths, @RequestParam(defaultValue = "0") int maxAgeMonths,
			@RequestParam(defaultValue = "0") int capacity, @RequestParam(defaultValue = "0") int childrenPerStaff,
			@RequestParam(defaultValue = "0") int staffCount, RedirectAttributes flash) {
		CareGroup g = care.group(id);
		return pages.run(flash, "/activities/care?unitId=" + g.getUnitId(), "act.saved",
				() -> care.updateGroup(id, name, minAgeMonths, maxAgeMonths, capacity, childrenPerStaff, staffCount));
	}

	@PostMapping("/rules")
	String rules(@RequestParam Long unitId, @RequestParam Map<String, String> params, RedirectAttributes flash) {
		Map<String, Integer> points = new LinkedHashMap<>();
		return pages.run(flash, "/activities/care?unitId=" + unitId, "act.saved", () -> {
			for (String c : PriorityRule.DEFAULTS.keySet()) {
				if (params.containsKey(c)) {
					points.put(c, ClubController.number(params.get(c)) == null ? null : ClubController.number(params.get(c)).intValue());
				}
			}
			care.setRules(unitId, points);
		});
	}

	@GetMapping("/applications")
	String applications(ApplicationFilter filter, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", applications.search(filter, Paging.of(page, null, Sort.by(Sort.Direction.DESC, "score").and(Sort.by("submittedAt")))));
		model.addAttribute("units", units());
		model.addAttribute("groups", care.groups(null).stream().collect(Collectors.toMap(CareGroup::getId, Function.identity())));
		model.addAttribute("statuses", CareApplication.Status.values());
		return "activities/care-applications";
	}

	@GetMapping("/applications/export")
	void applicationsExport(ApplicationFilter filter, HttpServletResponse response) {
		var locale = LocaleContextHolder.getLocale();
		Map<Long, CareGroup> groups = care.groups(null).stream().collect(Collectors.toMap(CareGroup::getId, Function.identity()));
		xlsx.export(response, "care-applications", List.<Xlsx.Column<CareApplication>>of(
				Xlsx.col("act.reg.participant", a -> a.name(locale)), Xlsx.col("act.reg.birthDate", CareApplication::getBirthDate),
				Xlsx.col("act.care.group", a -> groups.containsKey(a.getGroupId()) ? groups.get(a.getGroupId()).getName() : null),
				Xlsx.col("act.care.score", CareApplication::getScore), Xlsx.col("act.care.status", a -> a.getStatus()),
				Xlsx.col("act.care.submittedAt", a -> a.getSubmittedAt().atZone(Formats.ZONE).toLocalDateTime())),
				applications.searchAll(filter).stream(), String.valueOf(filter));
	}

	@PostMapping("/groups/{id}/allocate")
	String allocate(@PathVariable Long id, RedirectAttributes flash) {
		pages.attempt(flash, "act.care.allocated", () -> applications.allocate(id))
			.ifPresent(r -> flash.addFlashAttribute("allocation", r.enrolled() + " / " + r.waiting()));
		return "redirect:/activities/care/applications?groupId=" + id;
	}

	@GetMapping("/applications/{id}")
	String application(@PathVariable Long id, Model model) {
		CareApplication a = applications.application(id);
		model.addAttribute("app", a);
		model.addAttribute("group", care.group(a.getGroupId()));
		model.addAttribute("pickups", careDays.pickups(id));
		model.addAttribute("incidents", careDays.incidents(id));
		model.addAttribute("kinds", CareDayService.INCIDENT_KINDS);
		return "activities/care-application";
	}

	@PostMapping("/applications/{id}/{action:reject|withdraw|leave|pickups|incidents}")
	String act(@PathVariable Long id, @PathVariable String action, @RequestParam Map<String, String> p,
			RedirectAttributes flash) {
		return pages.run(flash, "/activities/care/applications/" + id, "act.saved", () -> {
			switch (action) {
				case "reject" -> applications.reject(id);
				case "withdraw" -> applications.withdraw(id);
				case "leave" -> applications.leave(id);
				case "pickups" -> careDays.addPickup(id, p.get("fullName"), p.get("relation"), p.get("phone"), p.get("idDocument"));
				default -> careDays.addIncident(id, occurredAt(p.get("occurredAt")), p.get("kind"), p.get("description"),
						p.get("actionTaken"), "true".equals(p.get("guardianInformed")));
			}
		});
	}

	private static Instant occurredAt(String s) {
		try {
			return s == null || s.isBlank() ? null : LocalDateTime.parse(s).atZone(Formats.ZONE).toInstant();
		}
		catch (DateTimeParseException e) {
			throw BusinessException.onField("occurredAt", "act.error.date-format", s);
		}
	}

	@GetMapping("/groups/{id}/attendance")
	String attendance(@PathVariable Long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			Model model) {
		LocalDate d = day == null ? LocalDate.now() : day;
		model.addAttribute("group", care.group(id));
		model.addAttribute("day", d);
		model.addAttribute("lines", careDays.attendance(id, d));
		return "activities/care-attendance";
	}

	@PostMapping("/groups/{id}/attendance")
	String recordAttendance(@PathVariable Long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(name = "present", required = false) List<Long> present, RedirectAttributes flash) {
		return pages.run(flash, "/activities/care/groups/" + id + "/attendance?day=" + day, "act.attendance.saved",
				() -> careDays.recordAttendance(id, day, present));
	}

	// ---- members

	@GetMapping("/my")
	String my(Model model) {
		model.addAttribute("applications", applications.mine());
		model.addAttribute("children", applications.children());
		List<CareGroup> groups = care.groups(null);
		model.addAttribute("groups", groups);
		model.addAttribute("groupsById", groups.stream().collect(Collectors.toMap(CareGroup::getId, Function.identity())));
		model.addAttribute("units", units());
		return "activities/care-my";
	}

	@PostMapping("/apply")
	String apply(@RequestParam(required = false) Long groupId, @RequestParam(required = false) Long familyMemberId,
			RedirectAttributes flash) {
		return pages.run(flash, "/activities/care/my", "act.care.applied", () -> {
			if (groupId == null) {
				throw BusinessException.onField("groupId", "act.error.required");
			}
			applications.apply(groupId, familyMemberId);
		});
	}

	@PostMapping("/my/{id}/{action:withdraw|pickups}")
	String memberAct(@PathVariable Long id, @PathVariable String action, @RequestParam Map<String, String> p,
			RedirectAttributes flash) {
		return pages.run(flash, "/activities/care/my", "act.saved", () -> {
			if ("withdraw".equals(action)) {
				applications.withdraw(id);
			}
			else {
				careDays.addPickup(id, p.get("fullName"), p.get("relation"), p.get("phone"), p.get("idDocument"));
			}
		});
	}

	@GetMapping("/my/export")
	void myExport(HttpServletResponse response) {
		var locale = LocaleContextHolder.getLocale();
		xlsx.export(response, "my-care-applications", List.<Xlsx.Column<CareApplication>>of(
				Xlsx.col("act.reg.participant", a -> a.name(locale)), Xlsx.col("act.care.status", a -> a.getStatus()),
				Xlsx.col("act.care.submittedAt", a -> a.getSubmittedAt().atZone(Formats.ZONE).toLocalDateTime())),
				applications.mine().stream(), "");
	}
}
