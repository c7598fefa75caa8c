package dz.sanad.health.web;

import dz.sanad.audit.ReadEntry;
import dz.sanad.audit.ReadLog;
import dz.sanad.health.HealthAppointments;
import dz.sanad.health.HealthCare;
import dz.sanad.health.ProblemCodes;
import dz.sanad.health.HealthServices;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.People;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Dates;
import dz.sanad.platform.Pages;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.confidential.Subject;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The member's page (their own record and their minor children's appointments; a spouse or an adult child is not
 * listed: their records are theirs) and the administrator's problem code list.
 */
@Controller
class HealthMemberController {

	private final People people;

	private final HealthAppointments appointments;

	private final HealthServices services;

	private final HealthCare care;

	private final ProblemCodes codes;

	private final Pages pages;

	private final ReadLog reads;

	HealthMemberController(People people, HealthAppointments appointments, HealthServices services, HealthCare care,
			ProblemCodes codes, Pages pages, ReadLog reads) {
		this.reads = reads;
		this.people = people;
		this.appointments = appointments;
		this.services = services;
		this.care = care;
		this.codes = codes;
		this.pages = pages;
	}

	@GetMapping("/health/my")
	String my(Model model) {
		SanadUser user = CurrentUser.get();
		var me = people.member(user.memberId());
		List<FamilyMember> minors = people.familyOf(me.getId()).stream()
			.filter(f -> f.isChild() && f.getBirthDate() != null && f.ageOn(Dates.today()) < 18).toList();
		Map<String, List<HealthAppointments.Appointment>> byPerson = new LinkedHashMap<>();
		byPerson.put(me.name(org.springframework.context.i18n.LocaleContextHolder.getLocale()),
				appointments.of(Subject.member(me.getId())));
		for (FamilyMember f : minors) {
			byPerson.put(f.name(org.springframework.context.i18n.LocaleContextHolder.getLocale()),
					appointments.of(Subject.family(f.getId())));
		}
		model.addAttribute("me", me);
		model.addAttribute("minors", minors);
		model.addAttribute("byPerson", byPerson);
		model.addAttribute("services", services.forWilaya(me.getWilayaCode()));
		// the layer's "who looked" page shows the member's own entries; the minor children's health reads are here
		Map<String, List<ReadEntry>> looked = new LinkedHashMap<>();
		for (FamilyMember f : minors) {
			looked.put(f.name(org.springframework.context.i18n.LocaleContextHolder.getLocale()),
					reads.forSubject(Subject.family(f.getId()), 50).stream().filter(e -> "health".equals(e.domain())).toList());
		}
		model.addAttribute("looked", looked);
		return "health/my";
	}

	/** The member asks for an appointment for themself or a minor child; the centre schedules it. */
	@PostMapping("/health/my/requests")
	String request(@RequestParam(required = false) Long familyMemberId, @RequestParam(required = false) Long serviceId,
			RedirectAttributes flash) {
		SanadUser user = CurrentUser.get();
		Subject s = familyMemberId == null ? Subject.member(user.memberId()) : Subject.family(familyMemberId);
		return pages.run(flash, "/health/my", "health.appointment.requested",
				() -> appointments.request(user, s, serviceId == null ? -1 : serviceId));
	}

	@GetMapping("/health/codes")
	String codes(Model model) {
		model.addAttribute("codes", care.codes());
		return "health/codes";
	}

	@PostMapping("/health/codes")
	String load(@RequestParam(required = false) MultipartFile file, RedirectAttributes flash) throws IOException {
		String text = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
		return pages.run(flash, "/health/codes", "health.codes.loaded", () -> codes.load(CurrentUser.get(), text));
	}
}
