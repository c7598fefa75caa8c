package dz.sanad.training.web;

import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Pages;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.Xlsx;
import dz.sanad.training.Catalogue;
import dz.sanad.training.Certificate;
import dz.sanad.training.Delivery;
import dz.sanad.training.Nomination;
import dz.sanad.training.Programme;
import dz.sanad.training.Session;
import dz.sanad.training.TrainingCertificates;
import dz.sanad.training.TrainingNominations;
import dz.sanad.training.TrainingSessions;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A member's training history: their own page (with the satisfaction questionnaire) and the staff view. */
@Controller("trainingMyTrainingController")
@RequestMapping("/training")
class MyTrainingController {

	/** One line of a history. */
	record HistoryLine(Nomination nomination, Session session, Programme programme, Certificate certificate,
			Delivery.Satisfaction satisfaction) {
	}

	private final TrainingNominations nominations;

	private final TrainingSessions sessions;

	private final TrainingCertificates certificates;

	private final Catalogue catalogue;

	private final Delivery delivery;

	private final People people;

	private final Xlsx xlsx;

	private final Pages pages;

	MyTrainingController(TrainingNominations nominations, TrainingSessions sessions,
			TrainingCertificates certificates, Catalogue catalogue, Delivery delivery, People people, Xlsx xlsx,
			Pages pages) {
		this.nominations = nominations;
		this.sessions = sessions;
		this.certificates = certificates;
		this.catalogue = catalogue;
		this.delivery = delivery;
		this.people = people;
		this.xlsx = xlsx;
		this.pages = pages;
	}

	List<HistoryLine> history(Long memberId) {
		List<Nomination> list = nominations.ofMember(memberId);
		Map<Long, Certificate> certs = certificates.ofMember(memberId).stream()
			.collect(Collectors.toMap(Certificate::getNominationId, Function.identity()));
		Map<Long, Session> sessionMap = new HashMap<>();
		list.forEach(n -> sessionMap.computeIfAbsent(n.getSessionId(), sessions::get));
		Map<Long, Programme> programmes = catalogue.programmeMap(
				sessionMap.values().stream().map(Session::getProgrammeId).collect(Collectors.toSet()));
		return list.stream().map(n -> {
			Session s = sessionMap.get(n.getSessionId());
			return new HistoryLine(n, s, programmes.get(s.getProgrammeId()), certs.get(n.getId()),
					delivery.satisfaction(n.getId()));
		}).toList();
	}

	@GetMapping("/my")
	String my(Model model) {
		SanadUser user = CurrentUser.get();
		Member m = people.member(user.memberId());
		model.addAttribute("member", m);
		model.addAttribute("lines", history(m.getId()));
		model.addAttribute("self", true);
		return "training/history";
	}

	@PostMapping("/my/{nid}/satisfaction")
	String satisfaction(@PathVariable Long nid, @RequestParam int content, @RequestParam int trainers,
			@RequestParam int organisation, @RequestParam int usefulness, @RequestParam int overall,
			@RequestParam(required = false) String comment, RedirectAttributes flash) {
		return pages.run(flash, "/training/my", "training.satisfaction.saved", () -> delivery.answerSatisfaction(nid,
				new Delivery.Satisfaction(content, trainers, organisation, usefulness, overall, comment)));
	}

	@GetMapping("/members/{memberId}/history")
	String history(@PathVariable Long memberId, Model model) {
		Member m = people.memberFor(CurrentUser.get(), memberId);
		model.addAttribute("member", m);
		model.addAttribute("lines", history(m.getId()));
		model.addAttribute("self", false);
		return "training/history";
	}

	@GetMapping({ "/members/{memberId}/history/export", "/my/export" })
	void export(@PathVariable(required = false) Long memberId, HttpServletResponse response) {
		SanadUser user = CurrentUser.get();
		Member m = memberId == null ? people.member(user.memberId()) : people.memberFor(user, memberId);
		xlsx.export(response, "training-history-" + m.getMatricule(), List.of(
				Xlsx.<HistoryLine>col("training.code", l -> l.session().getCode()),
				Xlsx.col("training.programme", l -> l.programme().getTitleFr()),
				Xlsx.col("training.startDate", l -> l.session().getStartDate()),
				Xlsx.col("training.endDate", l -> l.session().getEndDate()),
				Xlsx.col("training.status", l -> l.nomination().getStatus()),
				Xlsx.col("training.attendanceRate", l -> l.nomination().getAttendanceRate()),
				Xlsx.col("training.postScore", l -> l.nomination().getPostScore()),
				Xlsx.col("training.completed", l -> l.nomination().getCompleted()),
				Xlsx.col("training.serial", l -> l.certificate() == null ? null : l.certificate().getSerial())),
				history(m.getId()).stream(), m.getMatricule());
	}
}
