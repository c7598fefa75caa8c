package dz.sanad.training.web;

import dz.sanad.people.People;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Dates;
import dz.sanad.platform.Pages;
import dz.sanad.platform.SanadUser;
import dz.sanad.training.AttendanceStatus;
import dz.sanad.training.Catalogue;
import dz.sanad.training.Delivery;
import dz.sanad.training.Nomination;
import dz.sanad.training.Session;
import dz.sanad.training.TrainingAccess;
import dz.sanad.training.TrainingDocuments;
import dz.sanad.training.TrainingSessions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A session's attendance, one day at a time (works on a phone: one card per trainee), and its printable sheet. */
@Controller("trainingAttendanceController")
@RequestMapping("/training/sessions/{id}")
class AttendanceController {

	private final TrainingSessions sessions;

	private final Delivery delivery;

	private final Catalogue catalogue;

	private final TrainingAccess access;

	private final TrainingDocuments documents;

	private final People people;

	private final Pages pages;

	AttendanceController(TrainingSessions sessions, Delivery delivery, Catalogue catalogue, TrainingAccess access,
			TrainingDocuments documents, People people, Pages pages) {
		this.sessions = sessions;
		this.delivery = delivery;
		this.catalogue = catalogue;
		this.access = access;
		this.documents = documents;
		this.people = people;
		this.pages = pages;
	}

	/** What the page posts: {@code day}, then per trainee {@code rows[i].nominationId}, {@code .am}, {@code .pm}. */
	public static class AttendanceForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate day;

		private List<Row> rows = new ArrayList<>();

		public LocalDate getDay() { return day; }
		public void setDay(LocalDate day) { this.day = day; }
		public List<Row> getRows() { return rows; }
		public void setRows(List<Row> rows) { this.rows = rows; }
	}

	/** One trainee's day; a half left blank is "not yet recorded" and stays as it is. */
	public static class Row {

		private Long nominationId;

		private AttendanceStatus am;

		private AttendanceStatus pm;

		public Long getNominationId() { return nominationId; }
		public void setNominationId(Long nominationId) { this.nominationId = nominationId; }
		public AttendanceStatus getAm() { return am; }
		public void setAm(AttendanceStatus am) { this.am = am; }
		public AttendanceStatus getPm() { return pm; }
		public void setPm(AttendanceStatus pm) { this.pm = pm; }
	}

	@GetMapping("/attendance")
	String attendance(@PathVariable Long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		SanadUser user = CurrentUser.get();
		Session s = sessions.get(id);
		access.requireDeliver(user, s);
		List<LocalDate> days = s.days();
		LocalDate today = Dates.today();
		LocalDate chosen = day != null && days.contains(day) ? day
				: days.contains(today) ? today : days.isEmpty() ? s.getStartDate() : days.get(0);
		List<Nomination> trainees = delivery.trainees(id);
		model.addAttribute("sess", s);
		model.addAttribute("programme", catalogue.programme(s.getProgrammeId()));
		model.addAttribute("days", days);
		model.addAttribute("day", chosen);
		model.addAttribute("today", today); // days to come are shown but cannot be chosen
		model.addAttribute("trainees", trainees);
		model.addAttribute("members", people.members(trainees.stream().map(Nomination::getMemberId).toList()));
		Map<String, String> recorded = new HashMap<>();
		delivery.attendance(id, chosen).forEach((nid, halves) -> halves
			.forEach((half, status) -> recorded.put(nid + "_" + half, status.name())));
		model.addAttribute("recorded", recorded);
		model.addAttribute("statuses", AttendanceStatus.values());
		model.addAttribute("halves", Delivery.HALVES);
		model.addAttribute("presence", delivery.presence(s));
		return "training/attendance";
	}

	@PostMapping("/attendance")
	String recordAttendance(@PathVariable Long id, @ModelAttribute AttendanceForm form, BindingResult binding,
			RedirectAttributes flash) {
		String back = "/training/sessions/" + id + "/attendance" + (form.getDay() == null ? "" : "?day=" + form.getDay());
		if (binding.hasErrors() || form.getDay() == null) {
			pages.refuse(flash, form.getDay() == null ? "training.attendance.error.day"
					: "training.attendance.error.status");
			return "redirect:" + back;
		}
		Map<Long, Map<String, AttendanceStatus>> marks = new HashMap<>();
		for (Row r : form.getRows()) {
			Map<String, AttendanceStatus> halves = new HashMap<>();
			if (r.getAm() != null) {
				halves.put("AM", r.getAm());
			}
			if (r.getPm() != null) {
				halves.put("PM", r.getPm());
			}
			if (r.getNominationId() != null && !halves.isEmpty()) {
				marks.put(r.getNominationId(), halves);
			}
		}
		return pages.run(flash, back, "training.attendance.saved",
				() -> delivery.recordAttendance(id, form.getDay(), marks));
	}

	@GetMapping("/attendance.pdf")
	ResponseEntity<byte[]> attendanceSheet(@PathVariable Long id) {
		Session s = sessions.get(id);
		access.requireDeliver(CurrentUser.get(), s);
		return SessionController.pdf(documents.attendanceSheet(s), "attendance-" + s.getCode() + ".pdf");
	}
}
