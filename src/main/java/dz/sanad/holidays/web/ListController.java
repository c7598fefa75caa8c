package dz.sanad.holidays.web;

import dz.sanad.documents.Pdf;
import dz.sanad.holidays.ApplicationRow;
import dz.sanad.holidays.Bus;
import dz.sanad.holidays.HolidayLists;
import dz.sanad.holidays.HolidayOffers;
import dz.sanad.holidays.HolidaySeasons;
import dz.sanad.holidays.Offer;
import dz.sanad.holidays.Season;
import dz.sanad.holidays.Shift;
import dz.sanad.organisation.Unit;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.ExportPerformed;
import dz.sanad.platform.Pages;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The camp's lists: per shift (with emergency contacts and medical details, for those who run the camp) and per
 * bus (emergency contacts only), as a page, a bilingual PDF and an xlsx file.
 */
@Controller
@RequestMapping("/holidays")
class ListController {

	private final HolidaySeasons holidaySeasons;

	private final HolidayOffers holidayOffers;

	private final HolidayLists holidayLists;

	private final Pdf pdf;

	private final Xlsx xlsx;

	private final Pages pages;

	private final ApplicationEventPublisher events;

	ListController(HolidaySeasons holidaySeasons, HolidayOffers holidayOffers, HolidayLists holidayLists,
			Pdf pdf, Xlsx xlsx, Pages pages, ApplicationEventPublisher events) {
		this.holidaySeasons = holidaySeasons;
		this.holidayOffers = holidayOffers;
		this.holidayLists = holidayLists;
		this.pdf = pdf;
		this.xlsx = xlsx;
		this.pages = pages;
		this.events = events;
	}

	@GetMapping("/shifts/{id}")
	String shift(@PathVariable Long id, Model model) {
		model.addAllAttributes(shiftModel(id, CurrentUser.get()));
		return "holidays/shift";
	}

	@GetMapping("/shifts/{id}/list.pdf")
	ResponseEntity<byte[]> shiftPdf(@PathVariable Long id) {
		Map<String, Object> m = shiftModel(id, CurrentUser.get());
		m.put("medical", true);
		return pdf("shift-" + id, m);
	}

	@GetMapping("/shifts/{id}/list.xlsx")
	void shiftXlsx(@PathVariable Long id, HttpServletResponse response) {
		@SuppressWarnings("unchecked")
		List<ApplicationRow> rows = (List<ApplicationRow>) shiftModel(id, CurrentUser.get()).get("rows");
		xlsx.export(response, "shift-" + id, columns(true), rows.stream(), "shift " + id);
	}

	@GetMapping("/buses/{id}")
	String bus(@PathVariable Long id, Model model) {
		model.addAllAttributes(busModel(id, CurrentUser.get()));
		return "holidays/bus";
	}

	@GetMapping("/buses/{id}/list.pdf")
	ResponseEntity<byte[]> busPdf(@PathVariable Long id) {
		Map<String, Object> m = busModel(id, CurrentUser.get());
		m.put("medical", false);
		return pdf("bus-" + id, m);
	}

	@GetMapping("/buses/{id}/list.xlsx")
	void busXlsx(@PathVariable Long id, HttpServletResponse response) {
		@SuppressWarnings("unchecked")
		List<ApplicationRow> rows = (List<ApplicationRow>) busModel(id, CurrentUser.get()).get("rows");
		xlsx.export(response, "bus-" + id, columns(false), rows.stream(), "bus " + id);
	}

	private Map<String, Object> shiftModel(Long id, SanadUser user) {
		List<ApplicationRow> rows = holidayLists.participants(user, id); // checks who runs the camp
		Shift shift = holidayOffers.shift(id);
		Offer offer = holidayOffers.offer(shift.getOfferId());
		Map<String, Object> m = base(offer, shift);
		m.put("rows", rows);
		m.put("buses", holidayOffers.buses(List.of(id)));
		m.put("medical", true);
		return m;
	}

	private Map<String, Object> busModel(Long id, SanadUser user) {
		List<ApplicationRow> rows = holidayLists.passengers(user, id);
		Bus bus = holidayOffers.bus(id);
		Shift shift = holidayOffers.shift(bus.getShiftId());
		Offer offer = holidayOffers.offer(shift.getOfferId());
		Map<String, Object> m = base(offer, shift);
		m.put("bus", bus);
		m.put("rows", rows);
		m.put("medical", false);
		return m;
	}

	private Map<String, Object> base(Offer offer, Shift shift) {
		Season season = holidaySeasons.season(offer.getSeasonId());
		Map<String, Object> m = new HashMap<>();
		m.put("season", season);
		m.put("offer", offer);
		m.put("shift", shift);
		m.put("centre", holidayOffers.centre(offer).orElse(null));
		return m;
	}

	private ResponseEntity<byte[]> pdf(String name, Map<String, Object> model) {
		byte[] bytes = pdf.render("pdf/holidays-list", model, LocaleContextHolder.getLocale());
		@SuppressWarnings("unchecked")
		int count = ((List<Object>) model.get("rows")).size();
		events.publishEvent(new ExportPerformed(name + ".pdf", count, name));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".pdf\"").body(bytes);
	}

	private List<Xlsx.Column<ApplicationRow>> columns(boolean medical) {
		List<Xlsx.Column<ApplicationRow>> cols = new ArrayList<>(List.of(
				Xlsx.col("holidays.rank", r -> r.app().getRank()),
				Xlsx.col("holidays.child", r -> r.childName() == null ? r.memberName() : r.childName()),
				Xlsx.col("holidays.sex", r -> r.childSex() == null ? null : pages.text("sex." + r.childSex())),
				Xlsx.col("holidays.age", ApplicationRow::age),
				Xlsx.col("holidays.member", ApplicationRow::memberName),
				Xlsx.col("holidays.member.matricule", ApplicationRow::matricule),
				Xlsx.col("holidays.wilaya", r -> r.app().getWilayaCode()),
				Xlsx.col("holidays.application.status", r -> pages.text(r.app().getStatus().messageKey())),
				Xlsx.col("holidays.emergency1", r -> r.app().getEmergencyName1() + " " + r.app().getEmergencyPhone1()),
				Xlsx.col("holidays.emergency2", r -> r.app().getEmergencyName2() == null ? null
						: r.app().getEmergencyName2() + " " + r.app().getEmergencyPhone2())));
		if (medical) {
			cols.add(Xlsx.col("holidays.fit", r -> r.app().isFit()));
			cols.add(Xlsx.col("holidays.medicalNotes", r -> r.app().getMedicalNotes()));
		}
		return cols;
	}

	static String unitName(Unit u) {
		return u == null ? "" : u.getNameAr() + " / " + u.getNameFr();
	}
}
