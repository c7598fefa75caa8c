package dz.sanad.platform.calendar;

import dz.sanad.platform.BusinessException;
import dz.sanad.platform.Pages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The administrator's page to correct a year's holidays, and the read API every deadline display may use. */
@Controller
class CalendarController {

	private final WorkingCalendar calendar;

	private final CalendarCorrections corrections;

	private final MessageSource messages;

	private final Pages pages;

	CalendarController(WorkingCalendar calendar, CalendarCorrections corrections, MessageSource messages, Pages pages) {
		this.pages = pages;
		this.calendar = calendar;
		this.corrections = corrections;
		this.messages = messages;
	}

	@GetMapping("/admin/calendar")
	String page(@RequestParam(required = false) Integer year, Model model) {
		int y = year == null ? LocalDate.now(calendar.hours().zone()).getYear() : year;
		model.addAttribute("year", y);
		model.addAttribute("holidays", calendar.holidays(y));
		model.addAttribute("corrections", corrections.of(y));
		model.addAttribute("hours", calendar.hours());
		return "admin/calendar";
	}

	@PostMapping("/admin/calendar/add")
	String add(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam String nameAr, @RequestParam String nameFr, @RequestParam String nameEn,
			RedirectAttributes flash) {
		return act(day.getYear(), flash, () -> corrections.add(day, nameAr, nameFr, nameEn), "calendar.added");
	}

	@PostMapping("/admin/calendar/remove")
	String remove(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			RedirectAttributes flash) {
		return act(day.getYear(), flash, () -> corrections.remove(day), "calendar.removed");
	}

	@PostMapping("/admin/calendar/move")
	String move(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, RedirectAttributes flash) {
		return act(day.getYear(), flash, () -> corrections.move(day, to, namesOf(day)), "calendar.moved");
	}

	/** A moved holiday keeps its names in the three languages, translated from its key if it was computed. */
	private CalendarCorrections.Names namesOf(LocalDate day) {
		Holiday h = calendar.holidays(day.getYear()).stream().filter(x -> x.date().equals(day)).findFirst()
			.orElseThrow(() -> BusinessException.onField("day", "calendar.error.not-holiday", day));
		if (h.key() == null) {
			return new CalendarCorrections.Names(h.nameAr(), h.nameFr(), h.nameEn());
		}
		return new CalendarCorrections.Names(messages.getMessage(h.key(), null, java.util.Locale.forLanguageTag("ar")),
				messages.getMessage(h.key(), null, java.util.Locale.FRENCH),
				messages.getMessage(h.key(), null, java.util.Locale.ENGLISH));
	}

	private String act(int year, RedirectAttributes flash, Runnable action, String success) {
		return pages.run(flash, "/admin/calendar?year=" + year, success, action);
	}

	/** One holiday of the API, named in the reader's language. */
	record HolidayView(LocalDate date, String name, String origin) {
	}

	@GetMapping("/api/calendar/{year}")
	@ResponseBody
	Map<String, Object> api(@PathVariable int year) {
		var locale = LocaleContextHolder.getLocale();
		List<HolidayView> list = calendar.holidays(year).stream()
			.map(h -> new HolidayView(h.date(), h.key() != null ? messages.getMessage(h.key(), null, locale)
					: h.name(locale.getLanguage()), h.origin().name()))
			.toList();
		WorkingHours hours = calendar.hours();
		return Map.of("year", year, "zone", hours.zone().getId(), "dayStart", hours.start().toString(), "dayEnd",
				hours.end().toString(), "workdays", hours.workdays().stream().sorted().map(Enum::name).toList(),
				"holidays", list);
	}
}
