package dz.sanad.welfare.web;

import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Paging;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.cases.CaseEngine;
import dz.sanad.platform.cases.ClockView;
import dz.sanad.platform.cases.Decision;
import dz.sanad.welfare.Concern;
import dz.sanad.welfare.ConcernForm;
import dz.sanad.welfare.ConcernHandling;
import dz.sanad.welfare.ConcernSearch;
import dz.sanad.welfare.ConcernThread;
import dz.sanad.welfare.DecisionForm;
import dz.sanad.welfare.MemberConcerns;
import dz.sanad.welfare.WelfareCases;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The welfare REST API: the same services, access rules and refusals (422, translated) as the pages. */
@RestController
@RequestMapping("/api/welfare")
class WelfareApi {

	record ConcernDto(long id, String reference, String category, String channel, String subject,
			String description, String outcomeAsked, String priority, String confidentiality, String state,
			String assignedTo, String wilaya, Instant submittedAt, Short rating) {
		static ConcernDto of(Concern c) {
			return new ConcernDto(c.getId(), c.getReference(), c.getCategoryCode(), c.getChannel().name(),
					c.getSubject(), c.getDescription(), c.getOutcomeAsked(), c.getPriority().name(),
					c.getConfidentiality().name(), c.getState().name(), c.getAssignedTo(), c.getWilayaCode(),
					c.getSubmittedAt(), c.getRating());
		}
	}

	record Detail(ConcernDto concern, List<ConcernThread.Message> messages, List<ConcernThread.Attachment> files,
			Decision.Recorded decision, List<ClockView> clocks) {
	}

	record Text(String body) {
	}

	record Rating(int rating, String comment) {
	}

	record Assign(String assignee, String reason) {
	}

	record Submitted(ConcernDto concern, String followCode) {
	}

	private final MemberConcerns members;

	private final ConcernHandling handling;

	private final ConcernSearch search;

	private final ConcernThread thread;

	private final CaseEngine engine;

	WelfareApi(MemberConcerns members, ConcernHandling handling, ConcernSearch search, ConcernThread thread,
			CaseEngine engine) {
		this.members = members;
		this.handling = handling;
		this.search = search;
		this.thread = thread;
		this.engine = engine;
	}

	private Detail detail(Concern c, boolean staff) {
		var ref = WelfareCases.ref(c.getId());
		return new Detail(ConcernDto.of(c), thread.messages(c.getId()), thread.attachments(c.getId()),
				engine.lastDecision(ref).orElse(null), staff ? engine.clocks(ref, Instant.now()) : List.of());
	}

	// member self-service

	@GetMapping("/my")
	List<ConcernDto> mine() {
		return members.mine(CurrentUser.get()).stream().map(ConcernDto::of).toList();
	}

	@PostMapping("/my")
	@ResponseStatus(HttpStatus.CREATED)
	Submitted submit(@RequestBody ConcernForm form) {
		MemberConcerns.Submitted s = members.submit(CurrentUser.get(), form, null);
		return new Submitted(ConcernDto.of(s.concern()), s.followCode());
	}

	@GetMapping("/my/{id}")
	Detail mine(@PathVariable long id) {
		return detail(members.own(CurrentUser.get(), id), false);
	}

	@PostMapping("/my/{id}/messages")
	Detail reply(@PathVariable long id, @RequestBody Text text) {
		Concern c = members.own(CurrentUser.get(), id);
		members.reply(c, text.body(), null);
		return detail(members.own(CurrentUser.get(), id), false);
	}

	@PostMapping("/my/{id}/rating")
	Detail rate(@PathVariable long id, @RequestBody Rating r) {
		Concern c = members.own(CurrentUser.get(), id);
		members.rate(c, r.rating(), r.comment());
		return detail(members.own(CurrentUser.get(), id), false);
	}

	@PostMapping("/my/{id}/appeal")
	Detail appeal(@PathVariable long id, @RequestBody Text text) {
		Concern c = members.own(CurrentUser.get(), id);
		members.appeal(c, text.body());
		return detail(members.own(CurrentUser.get(), id), false);
	}

	@GetMapping("/follow/{code}")
	Detail follow(@PathVariable String code) {
		return detail(members.byCode(code), false);
	}

	@PostMapping("/follow/{code}/messages")
	Detail followReply(@PathVariable String code, @RequestBody Text text) {
		Concern c = members.byCode(code);
		members.reply(c, text.body(), null);
		return detail(members.byCode(code), false);
	}

	// handlers

	@GetMapping("/concerns")
	Map<String, Object> list(ConcernSearch.Filter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		SanadUser user = CurrentUser.get();
		Page<ConcernSearch.Row> p = search.search(user, filter, Paging.of(page, size, Sort.unsorted()));
		return Map.of("content", p.getContent(), "total", p.getTotalElements(), "page", p.getNumber(),
				"hidden", search.hiddenCount(user));
	}

	@GetMapping("/concerns/{id}")
	Detail concern(@PathVariable long id, @RequestParam(required = false) String reason) {
		return detail(handling.open(CurrentUser.get(), id, reason), true);
	}

	@PostMapping("/concerns/{id}/take")
	Detail take(@PathVariable long id, @RequestBody(required = false) Assign a) {
		handling.take(CurrentUser.get(), id, a == null ? null : a.reason());
		return staff(id);
	}

	@PostMapping("/concerns/{id}/assign")
	Detail assign(@PathVariable long id, @RequestBody Assign a) {
		handling.assign(CurrentUser.get(), id, a.assignee(), a.reason());
		return staff(id);
	}

	@PostMapping("/concerns/{id}/answer")
	Detail answer(@PathVariable long id, @RequestBody Text text) {
		handling.answer(CurrentUser.get(), id, text.body());
		return staff(id);
	}

	@PostMapping("/concerns/{id}/request-document")
	Detail request(@PathVariable long id, @RequestBody Text text) {
		handling.requestDocument(CurrentUser.get(), id, text.body());
		return staff(id);
	}

	@PostMapping("/concerns/{id}/wait")
	Detail waitFor(@PathVariable long id, @RequestBody Text text) {
		handling.waitThirdParty(CurrentUser.get(), id, text.body());
		return staff(id);
	}

	@PostMapping("/concerns/{id}/resume")
	Detail resume(@PathVariable long id) {
		handling.resume(CurrentUser.get(), id);
		return staff(id);
	}

	@PostMapping("/concerns/{id}/decide")
	Detail decide(@PathVariable long id, @RequestBody DecisionForm form) {
		handling.decide(CurrentUser.get(), id, form);
		return staff(id);
	}

	@PostMapping("/concerns/{id}/close")
	Detail close(@PathVariable long id) {
		handling.close(CurrentUser.get(), id);
		return staff(id);
	}

	record Bulk(List<Long> ids, DecisionForm decision) {
	}

	@PostMapping("/concerns/bulk-decide")
	Map<String, Object> bulk(@RequestBody Bulk bulk) {
		return Map.of("decided", handling.decideAll(CurrentUser.get(), bulk.ids(), bulk.decision()));
	}

	private Detail staff(long id) {
		return detail(handling.get(CurrentUser.get(), id), true);
	}
}
