package dz.sanad.steering.web;

import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Dates;
import dz.sanad.platform.Pages;
import dz.sanad.steering.Agreements;
import dz.sanad.steering.Committee;
import dz.sanad.steering.IndicatorViews;
import dz.sanad.steering.Indicators;
import dz.sanad.steering.Meetings;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dashboard of indicators, an indicator's drill-down, the agreement and its versions, a commitment page. */
@Controller
class SteeringController {

	private final IndicatorViews views;

	private final Indicators indicators;

	private final Agreements agreements;

	private final Meetings meetings;

	private final Committee committee;

	private final Pages pages;

	SteeringController(IndicatorViews views, Indicators indicators, Agreements agreements, Meetings meetings,
			Committee committee, Pages pages) {
		this.views = views;
		this.indicators = indicators;
		this.agreements = agreements;
		this.meetings = meetings;
		this.committee = committee;
		this.pages = pages;
	}

	private static int year(Integer year) {
		int now = Dates.today().getYear();
		return year == null || year < 2025 || year > now + 1 ? now : year;
	}

	@GetMapping("/steering")
	String dashboard(@RequestParam(required = false) Integer year, Model model) {
		int y = year(year);
		model.addAttribute("year", y);
		model.addAttribute("views", views.all(y));
		model.addAttribute("period", indicators.periodStatus(y).orElse("OPEN"));
		model.addAttribute("articles", agreements.articles());
		return "steering/dashboard";
	}

	@GetMapping("/steering/indicators/{id}")
	String indicator(@PathVariable Long id, @RequestParam(required = false) Integer year, Model model) {
		int y = year(year);
		IndicatorViews.View v = views.view(indicators.indicator(id), y);
		model.addAttribute("year", y);
		model.addAttribute("v", v);
		model.addAttribute("series", v.table().rows().stream().map(r -> r.cells().get(0).chartValue()).toList());
		model.addAttribute("labels", v.table().rows().stream().map(r -> r.label()).toList());
		return "steering/indicator";
	}

	/** The indicators as JSON: per indicator its value as shown, target, light and table under the rule. */
	@GetMapping("/api/steering/indicators")
	@ResponseBody
	List<Map<String, Object>> api(@RequestParam(required = false) Integer year) {
		return views.all(year(year)).stream().map(v -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("code", v.indicator().code());
			m.put("year", v.year());
			m.put("value", v.value());
			m.put("target", v.target());
			m.put("proRataTarget", v.proRata());
			m.put("light", v.light());
			m.put("stored", v.stored());
			m.put("byScope", v.table());
			return m;
		}).toList();
	}

	@PostMapping("/steering/indicators/{id}/manual")
	String manual(@PathVariable Long id, @RequestParam int year, @RequestParam long numerator,
			@RequestParam(required = false) Long denominator, @RequestParam MultipartFile evidence,
			RedirectAttributes flash) {
		return pages.run(flash, "/steering/indicators/" + id + "?year=" + year, "steering.saved", () -> {
			try {
				indicators.enterManual(CurrentUser.get(), id, year, numerator, denominator,
						evidence.getOriginalFilename(), evidence.getContentType(), evidence.getBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	@PostMapping("/steering/periods/{year}/lock")
	String lock(@PathVariable int year, RedirectAttributes flash) {
		return pages.run(flash, "/steering?year=" + year, "steering.period.lockedDone",
				() -> indicators.lock(CurrentUser.get(), year));
	}

	@PostMapping("/steering/periods/{year}/approve")
	String approvePeriod(@PathVariable int year, RedirectAttributes flash) {
		return pages.run(flash, "/steering?year=" + year, "steering.approved",
				() -> indicators.approvePeriod(CurrentUser.get(), year));
	}

	@GetMapping("/steering/agreement")
	String agreement(Model model) {
		model.addAttribute("agreement", agreements.agreement());
		model.addAttribute("parties", agreements.parties());
		model.addAttribute("articles", agreements.articles());
		model.addAttribute("commitments", agreements.commitments());
		model.addAttribute("versions", agreements.versions());
		model.addAttribute("annexes", agreements.annexes());
		model.addAttribute("members", committee.members());
		model.addAttribute("today", Dates.today());
		return "steering/agreement";
	}

	@PostMapping("/steering/versions/{id}/approve")
	String approveVersion(@PathVariable Long id, RedirectAttributes flash) {
		return pages.run(flash, "/steering/agreement", "steering.approved",
				() -> agreements.approve(CurrentUser.get(), id));
	}

	@PostMapping("/steering/versions")
	String amend(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			@RequestParam(required = false) String contentAr, @RequestParam(required = false) String contentFr,
			RedirectAttributes flash) {
		return pages.run(flash, "/steering/agreement", "steering.saved",
				() -> agreements.amend(CurrentUser.get(), effectiveOn, contentAr, contentFr));
	}

	@PostMapping("/steering/versions/{id}/edit")
	String edit(@PathVariable Long id, @RequestParam(required = false) String contentAr,
			@RequestParam(required = false) String contentFr, RedirectAttributes flash) {
		return pages.run(flash, "/steering/agreement", "steering.saved",
				() -> agreements.edit(CurrentUser.get(), id, contentAr, contentFr));
	}

	@PostMapping("/steering/versions/{id}/annexes")
	String annex(@PathVariable Long id, @RequestParam(required = false) String title, @RequestParam MultipartFile file,
			RedirectAttributes flash) {
		return pages.run(flash, "/steering/agreement", "steering.saved", () -> {
			try {
				agreements.addAnnex(CurrentUser.get(), id, title, file.getOriginalFilename(), file.getContentType(),
						file.getBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	@GetMapping("/steering/annexes/{id}")
	void annexFile(@PathVariable Long id, jakarta.servlet.http.HttpServletResponse response) throws IOException {
		Agreements.Annex a = agreements.annexes().stream().filter(x -> x.id().equals(id)).findFirst()
			.orElseThrow(() -> new dz.sanad.platform.NotFoundException("annex " + id));
		response.setContentType(a.contentType());
		response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
				+ java.net.URLEncoder.encode(a.filename(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
		response.getOutputStream().write(agreements.annexContent(id));
	}

	/** The commitment page: one article, its commitments and indicators with their latest figures, decisions, open actions. */
	@GetMapping("/steering/articles/{id}")
	String article(@PathVariable Long id, @RequestParam(required = false) Integer year, Model model) {
		int y = year(year);
		model.addAttribute("year", y);
		model.addAttribute("article", agreements.article(id));
		model.addAttribute("commitments", agreements.commitments().stream().filter(c -> c.articleId().equals(id)).toList());
		model.addAttribute("views", indicators.indicators().stream().filter(i -> id.equals(i.articleId()))
			.map(i -> views.view(i, y)).toList());
		List<Meetings.Outcome> about = meetings.aboutArticle(id);
		model.addAttribute("decisions", about.stream().filter(o -> "DECISION".equals(o.kind())).toList());
		model.addAttribute("actions", about.stream().filter(o -> "ACTION".equals(o.kind()) && "OPEN".equals(o.status())).toList());
		return "steering/article";
	}
}
