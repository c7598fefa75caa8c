package dz.sanad.psychology.instruments.web;

import dz.sanad.audit.ReadLog;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Pages;
import dz.sanad.platform.SanadUser;
import dz.sanad.psychology.CaseAccess;
import dz.sanad.psychology.PsyCase;
import dz.sanad.psychology.Records;
import dz.sanad.psychology.Scopes;
import dz.sanad.psychology.instruments.Administrations;
import dz.sanad.psychology.instruments.Instrument;
import dz.sanad.psychology.instruments.InstrumentLibrary;
import dz.sanad.psychology.instruments.SafetyAlerts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Questionnaires within a psychological record: given by its care team (the record's CARE level), read by whoever
 * may read the record (break-the-glass included: scores are not process notes), every read logged. A PHQ-9 whose
 * item 9 is above 0 lands on its result page with the crisis guidance at once.
 */
@Controller
class QuestionnaireController {

	/** The questionnaire as posted: answers[0]..answers[n-1]. */
	static class Form {

		private List<Integer> answers = new ArrayList<>();

		public List<Integer> getAnswers() {
			return answers;
		}

		public void setAnswers(List<Integer> answers) {
			this.answers = answers;
		}
	}

	private final CaseAccess access;

	private final Records records;

	private final ReadLog reads;

	private final InstrumentLibrary library;

	private final Administrations administrations;

	private final SafetyAlerts alerts;

	private final Pages pages;

	QuestionnaireController(CaseAccess access, Records records, ReadLog reads, InstrumentLibrary library,
			Administrations administrations, SafetyAlerts alerts, Pages pages) {
		this.access = access;
		this.records = records;
		this.reads = reads;
		this.library = library;
		this.administrations = administrations;
		this.alerts = alerts;
		this.pages = pages;
	}

	static String base(long caseId) {
		return "/psychology/cases/" + caseId + "/questionnaires";
	}

	@GetMapping("/psychology/cases/{id}/questionnaires")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("c", read(id, "questionnaires"));
		List<Administrations.Result> newestFirst = new ArrayList<>(administrations.history(id));
		java.util.Collections.reverse(newestFirst);
		model.addAttribute("history", newestFirst);
		model.addAttribute("openAlert", alerts.ofRecord(id).stream().anyMatch(SafetyAlerts.View::open));
		model.addAttribute("instruments", library.all());
		model.addAttribute("care", access.level(CurrentUser.get(), id) == CaseAccess.Level.CARE);
		return "psychology/instruments/history";
	}

	@GetMapping("/api/psychology/cases/{id}/questionnaires/trend")
	@ResponseBody
	List<Administrations.Series> trend(@PathVariable long id) {
		read(id, "questionnaires");
		return administrations.trend(id);
	}

	@GetMapping("/psychology/cases/{id}/questionnaires/new")
	String form(@PathVariable long id, @RequestParam(required = false) String instrument,
			@RequestParam(required = false) String wording, Locale locale, Model model) {
		PsyCase c = access.care(CurrentUser.get(), id);
		Instrument i = library.find(instrument).orElseGet(() -> library.get("PHQ9"));
		String language = wording != null && i.wording().containsKey(wording) ? wording
				: SelfCheckController.language(i, locale);
		model.addAttribute("c", c);
		model.addAttribute("instrument", i);
		model.addAttribute("wording", i.wording().get(language));
		model.addAttribute("language", language);
		model.addAttribute("inPageLanguage", language.equals(locale.getLanguage()));
		model.addAttribute("instruments", library.all());
		return "psychology/instruments/form";
	}

	@PostMapping("/psychology/cases/{id}/questionnaires")
	String record(@PathVariable long id, @RequestParam String instrument, @ModelAttribute Form form,
			RedirectAttributes flash) {
		access.care(CurrentUser.get(), id);
		return pages.attempt(flash, "instruments.recorded",
				() -> administrations.record(id, instrument, form.getAnswers()))
			.map(r -> "redirect:" + base(id) + "/" + r.administrationId())
			.orElse("redirect:" + base(id) + "/new?instrument=" + instrument);
	}

	@GetMapping("/psychology/cases/{id}/questionnaires/{administration}")
	String result(@PathVariable long id, @PathVariable long administration, Locale locale, Model model) {
		model.addAttribute("c", read(id, "questionnaire"));
		Administrations.Result r = administrations.history(id).stream().filter(h -> h.id() == administration)
			.findFirst().orElseThrow(() -> new NotFoundException("administration " + administration));
		Instrument i = administrations.instrumentOf(id, administration);
		model.addAttribute("r", r);
		model.addAttribute("instrument", i);
		String language = SelfCheckController.language(i, locale);
		model.addAttribute("wording", i.wording().get(language));
		model.addAttribute("language", language);
		model.addAttribute("answers", administrations.answers(id, administration));
		model.addAttribute("alert", alerts.ofRecord(id).stream().filter(a -> a.administrationId() == administration)
			.findFirst().orElse(null));
		return "psychology/instruments/result";
	}

	/** Opens the record for reading at the user's level (404 to anyone else) and logs what was read, and why. */
	private PsyCase read(long caseId, String what) {
		CaseAccess.Level level = access.level(CurrentUser.get(), caseId);
		if (level == CaseAccess.Level.NONE) {
			throw new NotFoundException("psychology case " + caseId);
		}
		PsyCase c = records.get(caseId);
		reads.record(Scopes.DOMAIN, what, String.valueOf(caseId), c.subject(),
				level == CaseAccess.Level.GLASS ? "psychology.purpose.glass" : "psychology.purpose.care");
		return c;
	}
}
