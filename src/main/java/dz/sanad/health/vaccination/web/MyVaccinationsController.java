package dz.sanad.health.vaccination.web;

import dz.sanad.audit.ReadEntry;
import dz.sanad.audit.ReadLog;
import dz.sanad.health.vaccination.Booklets;
import dz.sanad.health.vaccination.Schedule;
import dz.sanad.health.vaccination.Schedules;
import dz.sanad.health.vaccination.VaccinationAccess;
import dz.sanad.health.vaccination.VaccinationReads;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.People;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Dates;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.confidential.Subject;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;

/** A member's minor children: each one's next due doses, the whole schedule and the booklet to print. */
@Controller
@RequestMapping("/health/vaccination/my")
class MyVaccinationsController {

	/** One child of the member with their schedule and next doses. */
	record ChildPlan(FamilyMember child, List<Schedule.Planned> plan, List<Schedule.Planned> next,
			List<ReadEntry> looked) {
	}

	private final People people;

	private final Schedules schedules;

	private final VaccinationAccess access;

	private final VaccinationReads reads;

	private final Booklets booklets;

	private final ReadLog readLog;

	MyVaccinationsController(People people, Schedules schedules, VaccinationAccess access, VaccinationReads reads,
			Booklets booklets, ReadLog readLog) {
		this.readLog = readLog;
		this.people = people;
		this.schedules = schedules;
		this.access = access;
		this.reads = reads;
		this.booklets = booklets;
	}

	@GetMapping
	@Transactional
	String mine(Model model) {
		model.addAttribute("children", children(CurrentUser.get()));
		return "health/vaccination/my";
	}

	@GetMapping("/{childId}/booklet")
	@Transactional
	ResponseEntity<byte[]> booklet(@PathVariable Long childId, @RequestParam(required = false) String lang) {
		VaccinationAccess.Child c = access.child(CurrentUser.get(), childId);
		reads.record(c.id(), VaccinationReads.PARENT);
		return ChildController.pdf(booklets.render(c, "fr".equals(lang) ? Locale.FRENCH : Locale.forLanguageTag("ar")),
				c.id());
	}

	/** The member's minor children with their schedules and who else opened them; each one's read is logged. */
	List<ChildPlan> children(SanadUser user) {
		if (user.memberId() == null) {
			return List.of();
		}
		return people.familyOf(user.memberId()).stream()
			.filter(f -> f.isChild() && f.getBirthDate() != null && f.ageOn(Dates.today()) < 18)
			.map(f -> {
				reads.record(f.getId(), VaccinationReads.PARENT);
				List<Schedule.Planned> plan = schedules.plan(f.getBirthDate(), f.getId());
				List<ReadEntry> looked = readLog.forSubject(Subject.family(f.getId()), 10).stream()
					.filter(e -> !e.actor().equals(user.getUsername())).toList();
				return new ChildPlan(f, plan, Schedule.next(plan), looked);
			}).toList();
	}
}
