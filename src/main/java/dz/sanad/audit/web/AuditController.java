package dz.sanad.audit.web;

import dz.sanad.audit.AuditEntry;
import dz.sanad.audit.AuditSearch;
import dz.sanad.audit.AuditSearch.AuditFilter;
import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.HttpRules;
import dz.sanad.platform.NavLink;
import dz.sanad.platform.Navigation;
import dz.sanad.platform.Paging;
import dz.sanad.platform.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Set;

@Controller
class AuditController {

	static final int EXPORT_LIMIT = 100_000;

	private final AuditSearch search;

	private final AuditTrail trail;

	private final Xlsx xlsx;

	AuditController(AuditSearch search, AuditTrail trail, Xlsx xlsx) {
		this.search = search;
		this.trail = trail;
		this.xlsx = xlsx;
	}

	@Bean
	static HttpRules auditRules() {
		return rules -> rules.requestMatchers("/audit", "/audit/**", "/api/audit", "/api/audit/**").hasRole("DPO");
	}

	@Bean
	static Navigation auditNavigation() {
		return () -> List.of(new NavLink("nav.section.admin", "nav.audit", "/audit", Set.of("DPO"), 960));
	}

	@GetMapping("/audit")
	String list(AuditFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", search.search(filter, Paging.of(page, size, Sort.by(Sort.Direction.DESC, "id"))));
		return "audit/entries";
	}

	@GetMapping("/audit/export")
	void export(AuditFilter filter, HttpServletResponse response) {
		xlsx.export(response, "audit", List.of(
				Xlsx.col("audit.id", AuditEntry::getId),
				Xlsx.col("audit.at", e -> e.getAt().atZone(dz.sanad.platform.Formats.ZONE).toLocalDateTime()),
				Xlsx.col("audit.actor", AuditEntry::getActor),
				Xlsx.col("audit.role", AuditEntry::getActorRole),
				Xlsx.col("audit.ip", AuditEntry::getIp),
				Xlsx.col("audit.action", AuditEntry::getAction),
				Xlsx.col("audit.entityType", AuditEntry::getEntityType),
				Xlsx.col("audit.entityId", AuditEntry::getEntityId),
				Xlsx.col("audit.summary", AuditEntry::getSummary),
				Xlsx.col("audit.before", AuditEntry::getBeforeData),
				Xlsx.col("audit.after", AuditEntry::getAfterData),
				Xlsx.col("audit.hash", AuditEntry::getHash)),
				search.searchAll(filter, EXPORT_LIMIT).stream(), String.valueOf(filter));
	}

	@PostMapping("/audit/verify")
	String verify(RedirectAttributes flash) {
		var result = trail.verify();
		flash.addFlashAttribute(result.intact() ? "success" : "error",
				result.intact() ? "audit.verify.intact" : "audit.verify.broken");
		flash.addFlashAttribute("verifyResult", result);
		return "redirect:/audit";
	}

	@GetMapping("/api/audit")
	@ResponseBody
	Page<AuditEntry> api(AuditFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return search.search(filter, Paging.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
	}

	@GetMapping("/api/audit/verify")
	@ResponseBody
	AuditTrail.VerificationResult apiVerify() {
		return trail.verify();
	}
}
