package dz.sanad.training.web;

import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Pages;
import dz.sanad.training.Catalogue;
import dz.sanad.training.Delivery;
import dz.sanad.training.Nomination;
import dz.sanad.training.ProgrammeModule;
import dz.sanad.training.Session;
import dz.sanad.training.TrainingAccess;
import dz.sanad.training.TrainingSessions;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pre/post marks of one module, typed for every trainee at once. A refused mark keeps every value as typed and
 * puts its error next to that trainee's field, naming the trainee; nothing is saved until all are right.
 */
@Controller("trainingAssessmentController")
@RequestMapping("/training/sessions/{id}/assessments")
class AssessmentController {

	private final TrainingSessions sessions;

	private final Delivery delivery;

	private final Catalogue catalogue;

	private final TrainingAccess access;

	private final People people;

	private final Pages pages;

	AssessmentController(TrainingSessions sessions, Delivery delivery, Catalogue catalogue, TrainingAccess access,
			People people, Pages pages) {
		this.sessions = sessions;
		this.delivery = delivery;
		this.catalogue = catalogue;
		this.access = access;
		this.people = people;
		this.pages = pages;
	}

	/** What the form posts: {@code moduleId}, then {@code rows[i].nominationId}, {@code rows[i].pre}, {@code rows[i].post}. */
	public static class ScoresForm {

		private Long moduleId;

		private List<Row> rows = new ArrayList<>();

		public Long getModuleId() { return moduleId; }
		public void setModuleId(Long moduleId) { this.moduleId = moduleId; }
		public List<Row> getRows() { return rows; }
		public void setRows(List<Row> rows) { this.rows = rows; }
	}

	public static class Row {

		private Long nominationId;

		private Double pre;

		private Double post;

		public Long getNominationId() { return nominationId; }
		public void setNominationId(Long nominationId) { this.nominationId = nominationId; }
		public Double getPre() { return pre; }
		public void setPre(Double pre) { this.pre = pre; }
		public Double getPost() { return post; }
		public void setPost(Double post) { this.post = post; }
	}

	/** One trainee's line on the page: the marks as shown (typed or saved) and their errors, if any. */
	record Line(Long nominationId, String name, String pre, String post, String preError, String postError) {
	}

	@GetMapping
	String page(@PathVariable Long id, @RequestParam(required = false) Long moduleId, Model model) {
		Session s = deliverable(id);
		ProgrammeModule module = module(s, moduleId);
		List<Line> lines = new ArrayList<>();
		if (module != null) {
			Map<Long, Map<Long, Delivery.Scores>> scores = delivery.scores(id);
			trainees(id).forEach((nid, name) -> {
				Delivery.Scores sc = scores.getOrDefault(nid, Map.of()).get(module.getId());
				lines.add(new Line(nid, name, sc == null ? null : text(sc.pre()), sc == null ? null : text(sc.post()),
						null, null));
			});
		}
		return show(s, module, lines, model);
	}

	@PostMapping
	String save(@PathVariable Long id, @ModelAttribute("scoresForm") ScoresForm form, BindingResult binding,
			HttpServletRequest request, Model model, RedirectAttributes flash) {
		Session s = deliverable(id);
		ProgrammeModule module = module(s, form.getModuleId());
		Map<Long, String> names = trainees(id);
		Map<Long, Delivery.Scores> scores = new LinkedHashMap<>();
		List<Line> lines = new ArrayList<>();
		boolean refused = false;
		for (int i = 0; i < form.getRows().size(); i++) {
			Row r = form.getRows().get(i);
			String name = names.get(r.getNominationId());
			if (name == null) {
				continue; // not a trainee (any more): nothing to show or save
			}
			String pre = request.getParameter("rows[" + i + "].pre");
			String post = request.getParameter("rows[" + i + "].post");
			String preError = error(binding, "rows[" + i + "].pre", r.getPre(), pre, name);
			String postError = error(binding, "rows[" + i + "].post", r.getPost(), post, name);
			refused |= preError != null || postError != null;
			lines.add(new Line(r.getNominationId(), name, pre, post, preError, postError));
			scores.put(r.getNominationId(), new Delivery.Scores(r.getPre(), r.getPost()));
		}
		if (!refused && module != null) {
			Long moduleId = module.getId();
			if (pages.succeeds(model, () -> delivery.recordScores(id, moduleId, scores))) {
				flash.addFlashAttribute(Pages.SUCCESS, "training.assessment.saved");
				return "redirect:/training/sessions/" + id + "/assessments?moduleId=" + moduleId;
			}
			return show(s, module, lines, model);
		}
		pages.refuse(model, BusinessException.of("training.assessment.error.summary"));
		return show(s, module, lines, model);
	}

	/** The translated error of one mark, or null: not a number, or out of 0–20. */
	private String error(BindingResult binding, String field, Double value, String typed, String name) {
		if (binding.hasFieldErrors(field)) {
			return pages.text("training.assessment.error.number", name, typed);
		}
		return Delivery.validScore(value) ? null : pages.text("training.assessment.error.range", name);
	}

	private String show(Session s, ProgrammeModule module, List<Line> lines, Model model) {
		model.addAttribute("sess", s);
		model.addAttribute("modules", catalogue.modules(s.getProgrammeId()));
		model.addAttribute("module", module);
		model.addAttribute("lines", lines);
		return "training/assessments";
	}

	private Session deliverable(Long id) {
		Session s = sessions.get(id);
		access.requireDeliver(CurrentUser.get(), s);
		return s;
	}

	private ProgrammeModule module(Session s, Long moduleId) {
		List<ProgrammeModule> modules = catalogue.modules(s.getProgrammeId());
		return modules.stream().filter(m -> m.getId().equals(moduleId)).findFirst()
			.orElse(modules.isEmpty() ? null : modules.get(0));
	}

	/** Trainees in the session's order: nomination id → name in the page's language. */
	private Map<Long, String> trainees(Long sessionId) {
		List<Nomination> trainees = delivery.trainees(sessionId);
		Map<Long, Member> members = people.members(trainees.stream().map(Nomination::getMemberId).toList());
		Map<Long, String> out = new LinkedHashMap<>();
		trainees.forEach(n -> out.put(n.getId(), members.get(n.getMemberId()).name(LocaleContextHolder.getLocale())));
		return out;
	}

	private static String text(Double v) {
		return v == null ? null : v % 1 == 0 ? String.valueOf(v.intValue()) : String.valueOf(v);
	}
}
