package dz.sanad.steering.web;

import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Dates;
import dz.sanad.platform.Pages;
import dz.sanad.steering.Reports;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;

/** The committee's reports: issue one (monthly or annual) with its narrative, read the archived PDFs. */
@Controller("steeringReportController")
class ReportController {

	private final Reports reports;

	private final Pages pages;

	ReportController(Reports reports, Pages pages) {
		this.reports = reports;
		this.pages = pages;
	}

	@GetMapping("/steering/reports")
	String list(Model model) {
		model.addAttribute("reports", reports.reports());
		model.addAttribute("today", Dates.today());
		return "steering/reports";
	}

	@PostMapping("/steering/reports")
	String issue(@RequestParam int year, @RequestParam(required = false) Integer month,
			@RequestParam(required = false) String narrativeAr, @RequestParam(required = false) String narrativeFr,
			RedirectAttributes flash) {
		return pages.run(flash, "/steering/reports", "steering.report.issued",
				() -> reports.issue(CurrentUser.get(), year, month, narrativeAr, narrativeFr));
	}

	@GetMapping("/steering/reports/{id}.pdf")
	void pdf(@PathVariable Long id, @RequestParam(defaultValue = "ar") String lang, HttpServletResponse response)
			throws IOException {
		Reports.Report r = reports.report(id);
		String l = "fr".equals(lang) ? "fr" : "ar";
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition", "inline; filename=\"report-" + r.reference() + "-" + l + ".pdf\"");
		response.getOutputStream().write(reports.pdf(id, l));
	}
}
