package dz.sanad.welfare.web;

import dz.sanad.documents.Pdf;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.welfare.Categories;
import dz.sanad.welfare.Concern;
import dz.sanad.welfare.ConcernForm;
import dz.sanad.welfare.ListeningDays;
import dz.sanad.welfare.Priority;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.HashMap;
import java.util.Map;

/** Listening days: the list, a new day, the tablet capture form, and the post-event PDF report (ar / fr). */
@Controller
class ListeningDayController {

	private final dz.sanad.platform.Pages pages;

	private final ListeningDays days;

	private final Categories categories;

	private final Pdf pdf;

	ListeningDayController(dz.sanad.platform.Pages pages, ListeningDays days, Categories categories, Pdf pdf) {
		this.pages = pages;
		this.days = days;
		this.categories = categories;
		this.pdf = pdf;
	}

	@GetMapping("/welfare/listening")
	String list(Model model) {
		model.addAttribute("days", days.list(CurrentUser.get()));
		return "welfare/listening";
	}

	@PostMapping("/welfare/listening")
	String create(@RequestParam(required = false) String heldOn, @RequestParam(required = false) String place,
			RedirectAttributes flash) {
		return pages.attempt(flash, "welfare.listening.created", () -> days.create(CurrentUser.get(), date(heldOn), place))
			.map(id -> "redirect:/welfare/listening/" + id).orElse("redirect:/welfare/listening");
	}

	/** The date of a date input (ISO), or a refusal on the field. */
	private static java.time.LocalDate date(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		try {
			return java.time.LocalDate.parse(s.trim());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw BusinessException.onField("heldOn", "welfare.error.date");
		}
	}

	@GetMapping("/welfare/listening/{id}")
	String day(@PathVariable long id, Model model) {
		model.addAttribute("day", days.get(CurrentUser.get(), id));
		model.addAttribute("petitions", days.petitions(id));
		model.addAttribute("categoryList", categories.all());
		model.addAttribute("categories", categories);
		model.addAttribute("priorities", Priority.values());
		return "welfare/listening-day";
	}

	@PostMapping("/welfare/listening/{id}/capture")
	String capture(@PathVariable long id, @RequestParam(required = false) String matricule,
			@ModelAttribute ConcernForm form, RedirectAttributes flash) {
		pages.attempt(flash, "welfare.listening.captured", () -> days.capture(CurrentUser.get(), id, matricule, form))
			.ifPresent(c -> flash.addFlashAttribute("captured", c.getReference()));
		return "redirect:/welfare/listening/" + id;
	}

	@GetMapping("/welfare/listening/{id}/report.pdf")
	ResponseEntity<byte[]> report(@PathVariable long id) {
		Map<String, Object> model = new HashMap<>();
		model.put("day", days.get(CurrentUser.get(), id));
		model.put("petitions", days.petitions(id));
		model.put("categories", categories);
		var locale = LocaleContextHolder.getLocale();
		model.put("rtl", "ar".equals(locale.getLanguage()));
		byte[] bytes = pdf.render("pdf/welfare-listening-day", model, locale);
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "application/pdf")
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=listening-day-" + id + ".pdf").body(bytes);
	}
}
