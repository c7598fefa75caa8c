package dz.sanad.audit.web;

import dz.sanad.audit.ReadEntry;
import dz.sanad.audit.ReadLog;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Formats;
import dz.sanad.platform.HttpRules;
import dz.sanad.platform.NavLink;
import dz.sanad.platform.Navigation;
import dz.sanad.platform.Paging;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.Xlsx;
import dz.sanad.platform.confidential.Subject;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The read log of sensitive records as its two readers see it: the person ("who looked at my record": role, when,
 * why, break-the-glass marked — never a name, so no colleague is exposed) and the DPO (metadata only, searchable,
 * exported, the chain verified).
 */
@Controller
class ReadLogController {

	static final int MINE_LIMIT = 200;

	static final int EXPORT_LIMIT = 100_000;

	private final ReadLog log;

	private final Xlsx xlsx;

	ReadLogController(ReadLog log, Xlsx xlsx) {
		this.log = log;
		this.xlsx = xlsx;
	}

	@Bean
	static HttpRules readLogRules() {
		return rules -> rules.requestMatchers("/me/record-access", "/api/me/record-access").hasRole("MEMBER")
			.requestMatchers("/dpo/reads", "/dpo/reads/**", "/api/dpo/reads", "/api/dpo/reads/**").hasRole("DPO");
	}

	@Bean
	static Navigation readLogNavigation() {
		return () -> List.of(new NavLink("nav.section.people", "nav.recordAccess", "/me/record-access", Set.of("MEMBER"), 990),
				new NavLink("nav.section.admin", "nav.reads", "/dpo/reads", Set.of("DPO"), 965));
	}

	@GetMapping("/me/record-access")
	String mine(Model model) {
		model.addAttribute("entries", mineEntries());
		return "audit/record-access";
	}

	@GetMapping("/api/me/record-access")
	@ResponseBody
	List<Seen> apiMine() {
		return mineEntries().stream().map(Seen::of).toList();
	}

	/** What the person is shown: no reader's username. */
	record Seen(java.time.Instant at, String role, String domain, String purposeKey, boolean breakGlass) {

		static Seen of(ReadEntry e) {
			return new Seen(e.at(), e.role().name(), e.domain(), e.purposeKey(), e.breakGlass());
		}
	}

	@GetMapping("/dpo/reads")
	String search(ReadFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", search(filter, Paging.of(page, size, Sort.unsorted())));
		return "audit/reads";
	}

	@GetMapping("/dpo/reads/export")
	void export(ReadFilter filter, HttpServletResponse response) {
		xlsx.export(response, "reads", List.of(
				Xlsx.col("audit.id", ReadEntry::id),
				Xlsx.col("audit.at", e -> e.at().atZone(Formats.ZONE).toLocalDateTime()),
				Xlsx.col("audit.actor", ReadEntry::actor),
				Xlsx.col("audit.role", e -> e.role().name()),
				Xlsx.col("reads.domain", ReadEntry::domain),
				Xlsx.col("audit.entityType", ReadEntry::recordType),
				Xlsx.col("audit.entityId", ReadEntry::recordId),
				Xlsx.col("reads.purpose", ReadEntry::purposeKey),
				Xlsx.col("reads.grant", ReadEntry::grantId)),
				search(filter, PageRequest.of(0, EXPORT_LIMIT)).stream(),
				filter.domain() + " " + filter.actor() + " " + filter.from() + " " + filter.to());
	}

	@GetMapping("/api/dpo/reads")
	@ResponseBody
	Page<ReadEntry> api(ReadFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return search(filter, Paging.of(page, size, Sort.unsorted()));
	}

	/** The DPO's filters, every one optional. */
	record ReadFilter(String domain, String actor, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
	}

	private Page<ReadEntry> search(ReadFilter f, org.springframework.data.domain.Pageable pageable) {
		return log.search(f.domain(), f.actor(), f.from(), f.to(), pageable);
	}

	@GetMapping("/api/dpo/reads/verify")
	@ResponseBody
	dz.sanad.audit.AuditTrail.VerificationResult verify() {
		return log.verify();
	}

	private List<ReadEntry> mineEntries() {
		SanadUser user = CurrentUser.get();
		if (user.memberId() == null) {
			throw new AccessDeniedException("no member linked to this account");
		}
		return log.forSubject(Subject.member(user.memberId()), MINE_LIMIT);
	}
}
