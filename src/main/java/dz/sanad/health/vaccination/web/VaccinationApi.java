package dz.sanad.health.vaccination.web;

import dz.sanad.health.vaccination.DoseStatus;
import dz.sanad.health.vaccination.DueLists;
import dz.sanad.health.vaccination.Schedule;
import dz.sanad.health.vaccination.Schedules;
import dz.sanad.health.vaccination.VaccinationAccess;
import dz.sanad.health.vaccination.VaccinationReads;
import dz.sanad.platform.CurrentUser;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The vaccination JSON API: a child's schedule, the centre's counts, a member's children's next doses. */
@RestController
@RequestMapping("/api/health/vaccination")
class VaccinationApi {

	record Dose(String antigen, int doseNo, LocalDate due, LocalDate earliest, DoseStatus status, LocalDate doneOn) {

		static Dose of(Schedule.Planned p) {
			return new Dose(p.rule().antigen(), p.rule().doseNo(), p.due(), p.earliest(), p.status(), p.doneOn());
		}
	}

	record ChildSchedule(long childId, LocalDate birthDate, List<Dose> doses) {
	}

	private final VaccinationAccess access;

	private final Schedules schedules;

	private final DueLists lists;

	private final VaccinationReads reads;

	private final MyVaccinationsController mine;

	VaccinationApi(VaccinationAccess access, Schedules schedules, DueLists lists, VaccinationReads reads,
			MyVaccinationsController mine) {
		this.access = access;
		this.schedules = schedules;
		this.lists = lists;
		this.reads = reads;
		this.mine = mine;
	}

	@GetMapping("/children/{id}")
	@Transactional
	ChildSchedule child(@PathVariable Long id) {
		VaccinationAccess.Child c = access.child(CurrentUser.get(), id);
		reads.record(c.id(), VaccinationReads.CARE);
		return new ChildSchedule(c.id(), c.child().getBirthDate(),
				schedules.plan(c.child().getBirthDate(), c.id()).stream().map(Dose::of).toList());
	}

	@GetMapping("/due")
	Map<DoseStatus, Long> due(DueLists.Filter filter) {
		return lists.counts(access.requireCentreWilaya(CurrentUser.get()), filter);
	}

	@GetMapping("/my")
	@Transactional
	List<ChildSchedule> my() {
		return mine.children(CurrentUser.get()).stream()
			.map(p -> new ChildSchedule(p.child().getId(), p.child().getBirthDate(),
					p.next().stream().map(Dose::of).toList()))
			.toList();
	}
}
