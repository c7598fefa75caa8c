package dz.sanad.training.web;

import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Pages;
import dz.sanad.platform.Paging;
import dz.sanad.platform.Xlsx;
import dz.sanad.training.Certificate;
import dz.sanad.training.TrainingCertificates;
import dz.sanad.training.TrainingCertificates.CertificateFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** Certificates: the list, the PDF, revocation, and the public verification page. */
@Controller("trainingCertificateController")
class CertificateController {

	private final TrainingCertificates certificates;

	private final VerifyThrottle throttle;

	private final Xlsx xlsx;

	private final Pages pages;

	CertificateController(TrainingCertificates certificates, VerifyThrottle throttle, Xlsx xlsx, Pages pages) {
		this.certificates = certificates;
		this.throttle = throttle;
		this.xlsx = xlsx;
		this.pages = pages;
	}

	@GetMapping("/training/certificates")
	String list(CertificateFilter filter, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", certificates.search(CurrentUser.get(), filter,
				Paging.of(page, null, Sort.by(Sort.Direction.DESC, "serial"))));
		return "training/certificates";
	}

	@GetMapping("/training/certificates/export")
	void export(CertificateFilter filter, HttpServletResponse response) {
		xlsx.export(response, "training-certificates", List.of(
				Xlsx.<Certificate>col("training.serial", Certificate::getSerial),
				Xlsx.col("training.nameAr", Certificate::getHolderNameAr),
				Xlsx.col("training.nameLat", Certificate::getHolderNameLat),
				Xlsx.col("training.programme", Certificate::getProgrammeFr),
				Xlsx.col("training.centre", Certificate::getCentreFr),
				Xlsx.col("training.startDate", Certificate::getStartDate),
				Xlsx.col("training.endDate", Certificate::getEndDate),
				Xlsx.col("training.hours", Certificate::getHours),
				Xlsx.col("training.revoked", Certificate::isRevoked),
				Xlsx.col("training.reason", Certificate::getRevokedReason)),
				certificates.searchAll(CurrentUser.get(), filter).stream(), String.valueOf(filter));
	}

	@GetMapping("/training/certificates/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id) {
		Certificate c = certificates.visible(CurrentUser.get(), id);
		return SessionController.pdf(certificates.pdf(c), c.getSerial() + ".pdf");
	}

	@PostMapping("/training/certificates/{id}/revoke")
	String revoke(@PathVariable Long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return pages.run(flash, "/training/certificates?q=" + certificates.get(id).getSerial(),
				"training.certificate.revoked-ok", () -> certificates.revoke(id, reason));
	}

	/** Public: holder, programme, centre, dates, valid or revoked. Nothing else. Rate-limited per address. */
	@GetMapping("/verify/{code}")
	String verify(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!throttle.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(429);
			response.setHeader("Retry-After", "60");
			model.addAttribute("throttled", true);
			return "training/verify";
		}
		var v = certificates.verify(code);
		if (v.isEmpty()) {
			response.setStatus(404);
		}
		model.addAttribute("v", v.orElse(null));
		return "training/verify";
	}
}
