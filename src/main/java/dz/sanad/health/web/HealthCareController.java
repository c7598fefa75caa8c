package dz.sanad.health.web;

import dz.sanad.health.AppointmentStatus;
import dz.sanad.health.HealthAppointments;
import dz.sanad.health.ChronicFollowUp;
import dz.sanad.health.HealthAccess;
import dz.sanad.health.HealthServices;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Dates;
import dz.sanad.platform.Pages;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.Xlsx;
import org.springframework.format.annotation.DateTimeFormat;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The care team's pages: the person search (the families of the centre's wilaya), the day's appointments with their
 * moves and export, the services and their weekly availability, the chronic follow-up lists.
 */
@Controller
class HealthCareController {

	private final People people;

	private final HealthAccess access;

	private final HealthAppointments appointments;

	private final HealthServices services;

	private final ChronicFollowUp chronic;

	private final Pages pages;

	private final Xlsx xlsx;

	private final dz.sanad.people.Population population;

	private final dz.sanad.organisation.Organisation organisation;

	HealthCareController(dz.sanad.people.Population population, dz.sanad.organisation.Organisation organisation,
			People people, HealthAccess access, HealthAppointments appointments, HealthServices services,
			ChronicFollowUp chronic, Pages pages, Xlsx xlsx) {
		this.population = population;
		this.organisation = organisation;
		this.people = people;
		this.access = access;
		this.appointments = appointments;
		this.services = services;
		this.chronic = chronic;
		this.pages = pages;
		this.xlsx = xlsx;
	}

	@GetMapping("/health")
	String home(@RequestParam(required = false) String q, Model model) {
		SanadUser user = CurrentUser.get();
		String wilaya = organisation.scopeOf(user).wilayaCode();
		List<Long> ids = wilaya == null ? List.of() : population.membersMatching(wilaya, q, 20);
		java.util.Map<Long, Member> byId = people.members(ids);
		List<Member> found = ids.stream().map(byId::get).filter(m -> m != null && access.inCentreScope(user, m)).toList();
		model.addAttribute("q", q);
		model.addAttribute("found", found);
		model.addAttribute("families", found.stream().collect(java.util.stream.Collectors.toMap(Member::getId,
				m -> people.familyOf(m.getId()))));
		model.addAttribute("today", appointments.ofDay(user, Dates.today(), null));
		return "health/home";
	}

	@GetMapping("/health/appointments")
	String day(@RequestParam(required = false) LocalDate day, @RequestParam(required = false) AppointmentStatus status,
			Model model) {
		LocalDate d = day == null ? Dates.today() : day;
		model.addAttribute("day", d);
		model.addAttribute("status", status);
		model.addAttribute("statuses", AppointmentStatus.values());
		model.addAttribute("rows", appointments.ofDay(CurrentUser.get(), d, status));
		return "health/appointments";
	}

	@GetMapping("/health/appointments/export")
	void export(@RequestParam(required = false) LocalDate day, @RequestParam(required = false) AppointmentStatus status,
			HttpServletResponse response) {
		LocalDate d = day == null ? Dates.today() : day;
		xlsx.export(response, "health-appointments", List.<Xlsx.Column<HealthAppointments.Appointment>>of(
				Xlsx.col("health.field.start", a -> a.localStart()), Xlsx.col("health.field.service", a -> a.serviceFr()),
				Xlsx.col("health.field.status", a -> a.status().name()), Xlsx.col("health.field.walkIn", a -> a.walkIn())),
				appointments.ofDay(CurrentUser.get(), d, status).stream(), "day=" + d + " status=" + status);
	}

	@PostMapping("/health/appointments/{id}/status")
	String move(@PathVariable long id, @RequestParam(required = false) AppointmentStatus to,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
			@RequestParam(required = false) LocalDate day, RedirectAttributes flash) {
		return pages.run(flash, "/health/appointments" + (day == null ? "" : "?day=" + day), "health.saved", () -> {
			if (to == null) {
				throw dz.sanad.platform.BusinessException.onField("to", "health.error.required");
			}
			appointments.move(CurrentUser.get(), id, to, start);
		});
	}

	@GetMapping("/health/services")
	String services(Model model) {
		SanadUser user = CurrentUser.get();
		List<HealthServices.Service> list = user.scopeUnitId() == null ? List.of() : services.ofCentre(user.scopeUnitId());
		model.addAttribute("services", list);
		model.addAttribute("availability", list.stream().collect(java.util.stream.Collectors.toMap(HealthServices.Service::id,
				s -> services.availability(s.id()))));
		model.addAttribute("days", DayOfWeek.values());
		return "health/services";
	}

	@PostMapping("/health/services")
	String createService(@RequestParam(required = false) String nameAr, @RequestParam(required = false) String nameFr,
			@RequestParam(defaultValue = "0") int slotMinutes, @RequestParam(defaultValue = "0") int capacity,
			RedirectAttributes flash) {
		return pages.run(flash, "/health/services", "health.saved",
				() -> services.create(CurrentUser.get(), nameAr, nameFr, slotMinutes, capacity));
	}

	@PostMapping("/health/services/{id}/availability")
	String availability(@PathVariable long id, @RequestParam(required = false) DayOfWeek day,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime starts,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime ends,
			RedirectAttributes flash) {
		return pages.run(flash, "/health/services", "health.saved",
				() -> services.addAvailability(CurrentUser.get(), id, day, starts, ends));
	}

	@GetMapping("/health/chronic")
	String chronic(@RequestParam(required = false) ChronicFollowUp.Group group,
			@RequestParam(defaultValue = "false") boolean overdue, Model model) {
		ChronicFollowUp.Group g = group == null ? ChronicFollowUp.Group.HYPERTENSION : group;
		model.addAttribute("group", g);
		model.addAttribute("overdue", overdue);
		model.addAttribute("groups", ChronicFollowUp.Group.values());
		model.addAttribute("rows", chronic.list(CurrentUser.get(), g, overdue, 500));
		model.addAttribute("today", Dates.today());
		return "health/chronic";
	}

	@GetMapping("/health/chronic/export")
	void chronicExport(@RequestParam(required = false) ChronicFollowUp.Group group,
			@RequestParam(defaultValue = "false") boolean overdue, HttpServletResponse response) {
		ChronicFollowUp.Group g = group == null ? ChronicFollowUp.Group.HYPERTENSION : group;
		xlsx.export(response, "health-chronic", List.<Xlsx.Column<ChronicFollowUp.Row>>of(
				Xlsx.col("health.field.name", r -> r.nameAr()), Xlsx.col("health.field.code", r -> r.code()),
				Xlsx.col("health.chronic.lastVisit", r -> r.lastVisit()), Xlsx.col("health.chronic.nextDue", r -> r.nextDue()),
				Xlsx.col("health.chronic.missed", r -> r.missed())),
				chronic.list(CurrentUser.get(), g, overdue, 2000).stream(), "group=" + g + " overdue=" + overdue);
	}
}
