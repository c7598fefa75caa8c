package dz.sanad.welfare.web;

import dz.sanad.people.People;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Formats;
import dz.sanad.platform.Paging;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.Xlsx;
import dz.sanad.platform.cases.CaseEngine;
import dz.sanad.platform.cases.CaseRef;
import dz.sanad.welfare.Categories;
import dz.sanad.welfare.Concern;
import dz.sanad.welfare.ConcernAccess;
import dz.sanad.welfare.ConcernHandling;
import dz.sanad.welfare.ConcernSearch;
import dz.sanad.welfare.ConcernState;
import dz.sanad.welfare.ConcernThread;
import dz.sanad.welfare.DecisionForm;
import dz.sanad.welfare.Handlers;
import dz.sanad.welfare.Outcome;
import dz.sanad.welfare.Priority;
import dz.sanad.welfare.Referrals;
import dz.sanad.welfare.WelfareCases;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The handlers' queue and a concern's page: clocks, thread, history, and the actions of its handler. */
@Controller
@RequestMapping("/welfare/concerns")
class ConcernController {

	private final dz.sanad.platform.Pages pages;

	/** Concerns this session opened with a reason: later reads in the session are logged without asking again. */
	static final String OPENED = "welfare.opened";

	private final ConcernSearch search;

	private final ConcernHandling handling;

	private final ConcernAccess access;

	private final Handlers handlers;

	private final Categories categories;

	private final ConcernThread thread;

	private final CaseEngine engine;

	private final People people;

	private final Xlsx xlsx;

	private final Referrals referrals;

	private final ConcernPage page;

	private final dz.sanad.welfare.Grounds grounds;

	private final dz.sanad.welfare.ConcernLinks links;

	private final dz.sanad.welfare.Breaches breaches;

	ConcernController(dz.sanad.platform.Pages pages, ConcernSearch search, ConcernHandling handling, ConcernAccess access, Handlers handlers,
			Categories categories, ConcernThread thread, CaseEngine engine, People people, Xlsx xlsx,
			Referrals referrals, ConcernPage page, dz.sanad.welfare.Grounds grounds, dz.sanad.welfare.ConcernLinks links,
			dz.sanad.welfare.Breaches breaches) {
		this.page = page;
		this.grounds = grounds;
		this.links = links;
		this.breaches = breaches;
		this.pages = pages;
		this.referrals = referrals;
		this.search = search;
		this.handling = handling;
		this.access = access;
		this.handlers = handlers;
		this.categories = categories;
		this.thread = thread;
		this.engine = engine;
		this.people = people;
		this.xlsx = xlsx;
	}

	@GetMapping
	String list(ConcernSearch.Filter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		SanadUser user = CurrentUser.get();
		model.addAttribute("filter", filter);
		model.addAttribute("page", search.search(user, filter, Paging.of(page, size, Sort.unsorted())));
		model.addAttribute("hidden", search.hiddenCount(user));
		// the head of a wilaya's social service administers its routing (no menu entry: the role is shared)
		model.addAttribute("head", handlers.reader(user).head());
		model.addAttribute("states", ConcernState.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("categoryList", categories.all());
		model.addAttribute("categories", categories);
		model.addAttribute("outcomes", Outcome.values());
		return "welfare/queue";
	}

	@GetMapping("/export")
	void export(ConcernSearch.Filter filter, HttpServletResponse response) {
		List<ConcernSearch.Row> rows = search.searchAll(CurrentUser.get(), filter);
		var locale = LocaleContextHolder.getLocale();
		xlsx.export(response, "concerns", List.<Xlsx.Column<ConcernSearch.Row>>of(
				Xlsx.col("welfare.reference", ConcernSearch.Row::reference),
				Xlsx.col("welfare.subject", ConcernSearch.Row::subject),
				Xlsx.col("welfare.category", r -> categories.label(r.categoryCode(), locale)),
				Xlsx.col("welfare.priority", r -> r.priority().name()),
				Xlsx.col("welfare.state", r -> r.state().name()),
				Xlsx.col("welfare.confidentiality", r -> r.confidentiality().name()),
				Xlsx.col("welfare.assignedTo", ConcernSearch.Row::assignedTo),
				Xlsx.col("welfare.wilaya", ConcernSearch.Row::wilayaCode),
				Xlsx.col("welfare.submittedAt", r -> r.submittedAt().atZone(Formats.ZONE).toLocalDateTime())),
				rows.stream(), String.valueOf(filter));
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, @RequestParam(required = false) String reason, HttpSession session,
			Model model) {
		SanadUser user = CurrentUser.get();
		Concern c = handling.get(user, id);
		@SuppressWarnings("unchecked")
		Set<Long> opened = (Set<Long>) session.getAttribute(OPENED);
		boolean known = opened != null && opened.contains(id);
		if ((reason == null || reason.isBlank()) && !known && access.needsReason(handlers.reader(user), c)) {
			model.addAttribute("c", c);
			return "welfare/reason";
		}
		if (!pages.succeeds(model,
				() -> handling.open(user, id, known && (reason == null || reason.isBlank()) ? "(same session)" : reason))) {
			model.addAttribute("c", c);
			return "welfare/reason";
		}
		if (c.confidential()) {
			Set<Long> s = opened == null ? new HashSet<>() : new HashSet<>(opened);
			s.add(id);
			session.setAttribute(OPENED, s);
		}
		CaseRef ref = WelfareCases.ref(id);
		page.fill(model, c, CurrentUser.get());
		model.addAttribute("member", c.getMemberId() == null ? null : people.member(c.getMemberId()));
		model.addAttribute("clocks", engine.clocks(ref, Instant.now()));
		model.addAttribute("history", engine.history(ref));
		model.addAttribute("assignments", engine.assignments(ref));
		model.addAttribute("escalations", engine.escalations(ref));
		model.addAttribute("canAct", access.canAct(handlers.reader(user), c));
		model.addAttribute("colleagues", handlers.ofWilaya(c.getWilayaCode()));
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("canWait", c.can(ConcernState.WAITING_THIRD_PARTY));
		model.addAttribute("referral", referrals.of(id).orElse(null));
		model.addAttribute("canDecide", c.can(ConcernState.DECIDED));
		model.addAttribute("groundList", grounds.active());
		model.addAttribute("breaches", breaches.of(id));
		model.addAttribute("breachReasons", dz.sanad.welfare.Breaches.Reason.values());
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", new DecisionForm());
		}
		return "welfare/concern";
	}

	private String back(long id) {
		return "/welfare/concerns/" + id;
	}

	@PostMapping("/{id}/take")
	String take(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return pages.run(flash, back(id), "welfare.taken", () -> handling.take(CurrentUser.get(), id, reason));
	}

	@PostMapping("/{id}/assign")
	String assign(@PathVariable long id, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return pages.run(flash, back(id), "welfare.assigned",
				() -> handling.assign(CurrentUser.get(), id, assignee, reason));
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(required = false) String body, RedirectAttributes flash) {
		return pages.run(flash, back(id), "welfare.answered", () -> handling.answer(CurrentUser.get(), id, body));
	}

	@PostMapping("/{id}/request-document")
	String request(@PathVariable long id, @RequestParam(required = false) String body, RedirectAttributes flash) {
		return pages.run(flash, back(id), "welfare.requested",
				() -> handling.requestDocument(CurrentUser.get(), id, body));
	}

	@PostMapping("/{id}/wait")
	String waitFor(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return pages.run(flash, back(id), "welfare.waiting",
				() -> handling.waitThirdParty(CurrentUser.get(), id, reason));
	}

	@PostMapping("/{id}/resume")
	String resume(@PathVariable long id, RedirectAttributes flash) {
		return pages.run(flash, back(id), "welfare.resumed", () -> handling.resume(CurrentUser.get(), id));
	}

	@PostMapping("/{id}/decide")
	String decide(@PathVariable long id, @ModelAttribute DecisionForm form, RedirectAttributes flash) {
		return pages.run(flash, back(id), "welfare.decided", () -> handling.decide(CurrentUser.get(), id, form));
	}

	@PostMapping("/bulk-decide")
	String bulk(@RequestParam(name = "ids", required = false) List<Long> ids, @ModelAttribute DecisionForm form,
			RedirectAttributes flash) {
		return pages.run(flash, "/welfare/concerns", "welfare.bulk.done",
				() -> handling.decideAll(CurrentUser.get(), ids, form));
	}

	@PostMapping("/{id}/referral")
	String referral(@PathVariable long id, @RequestParam(required = false) Referrals.Status status,
			@RequestParam(required = false) String outcome, RedirectAttributes flash) {
		return pages.run(flash, back(id), "welfare.referral.saved",
				() -> referrals.move(CurrentUser.get(), id, status, outcome));
	}

	@PostMapping("/{id}/links")
	String link(@PathVariable long id, @RequestParam(required = false) dz.sanad.welfare.LinkKind kind,
			@RequestParam(required = false) Long recordId, RedirectAttributes flash) {
		return pages.run(flash, back(id), "welfare.link.added",
				() -> links.addByHandler(CurrentUser.get(), id, kind, recordId));
	}

	@PostMapping("/{id}/breach")
	String breach(@PathVariable long id, @RequestParam(required = false) dz.sanad.platform.cases.Clock clock,
			@RequestParam(required = false) dz.sanad.welfare.Breaches.Reason reason,
			@RequestParam(required = false) String note, RedirectAttributes flash) {
		return pages.run(flash, back(id), "welfare.breach.saved",
				() -> breaches.record(CurrentUser.get(), id, clock, reason, note));
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, RedirectAttributes flash) {
		return pages.run(flash, back(id), "welfare.closed", () -> handling.close(CurrentUser.get(), id));
	}

	@GetMapping("/{id}/files/{file}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long file) {
		SanadUser user = CurrentUser.get();
		Concern c = handling.get(user, id);
		if (c.confidential()) {
			handling.open(user, id, "download"); // a document of a confidential concern is a read like any other
		}
		return MyConcernsController.download(thread, c.getId(), file);
	}
}
