package dz.sanad.welfare;

import dz.sanad.people.ConsentPurpose;
import dz.sanad.people.PeopleConsents;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.cases.CaseEngine;
import dz.sanad.platform.cases.CaseRef;
import dz.sanad.platform.cases.Decision;
import dz.sanad.welfare.Handlers.Reader;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The handlers' side: take, assign, answer, ask for documents, wait for a third party, decide, close. Every move goes
 * through the aggregate ({@link Concern#moveTo}) and then the case engine in the same transaction; the engine audits
 * each step.
 */
@Service
@Transactional
public class ConcernHandling {

	private final Concerns concerns;

	private final Handlers handlers;

	private final ConcernAccess access;

	private final ConcernThread thread;

	private final CaseEngine engine;

	private final Categories categories;

	private final WelfareNotices notices;

	private final PeopleConsents consents;

	private final Grounds groundList;

	/** Lazily: referrals check the handler through this service. */
	private final org.springframework.beans.factory.ObjectProvider<Referrals> referrals;

	ConcernHandling(Concerns concerns, Handlers handlers, ConcernAccess access, ConcernThread thread,
			CaseEngine engine, Categories categories, WelfareNotices notices, PeopleConsents consents,
			org.springframework.beans.factory.ObjectProvider<Referrals> referrals, Grounds groundList) {
		this.groundList = groundList;
		this.consents = consents;
		this.referrals = referrals;
		this.concerns = concerns;
		this.handlers = handlers;
		this.access = access;
		this.thread = thread;
		this.engine = engine;
		this.categories = categories;
		this.notices = notices;
	}

	/** A concern the user may open (404 otherwise, like an unknown one). */
	@Transactional(readOnly = true)
	public Concern get(SanadUser user, long id) {
		Concern c = concerns.findById(id).orElseThrow(() -> new NotFoundException("concern " + id));
		return access.check(handlers.reader(user), c);
	}

	/** Opens a concern for reading: confidential ones are logged, with the reason when one is needed. */
	public Concern open(SanadUser user, long id, String reason) {
		Concern c = get(user, id);
		access.recordRead(handlers.reader(user), c, reason, Instant.now());
		return c;
	}

	private Concern actable(SanadUser user, long id) {
		Reader r = handlers.reader(user);
		Concern c = get(user, id);
		if (!access.canAct(r, c)) {
			throw new AccessDeniedException("not this concern's handler");
		}
		return c;
	}

	/** Whether the user may act on this concern (its handler, the head, or anyone of the service if unassigned). */
	public boolean mayAct(SanadUser user, Concern c) {
		return access.canAct(handlers.reader(user), c);
	}

	/** The signed-in handler takes the concern (a reason when it had another handler). */
	public void take(SanadUser user, long id, String reason) {
		assign(user, id, user.getUsername(), reason);
	}

	public void assign(SanadUser user, long id, String assignee, String reason) {
		Reader r = handlers.reader(user);
		Concern c = actable(user, id);
		if (assignee == null || !handlers.handles(assignee, c.getWilayaCode())) {
			throw BusinessException.onField("assignee", "welfare.error.assignee");
		}
		if (!assignee.equals(r.username()) && !r.head() && !r.username().equals(c.getAssignedTo())) {
			throw new AccessDeniedException("only the head or the handler hands a concern over");
		}
		if (assignee.equals(c.getAssignedTo())) {
			return;
		}
		Instant now = Instant.now();
		c.assignTo(assignee);
		engine.assign(WelfareCases.ref(c.getId()), assignee, reason, now);
		if (c.getState() == ConcernState.SUBMITTED) {
			c.moveTo(ConcernState.ASSIGNED);
			engine.transition(WelfareCases.ref(c.getId()), ConcernState.ASSIGNED, reason, now);
		}
		if (!assignee.equals(r.username())) {
			notices.toHandler(assignee, c, "welfare.notify.assigned");
		}
	}

	/** Answers the member: the first-response clock is met, the update clock restarts. */
	public void answer(SanadUser user, long id, String body) {
		Concern c = working(user, id);
		Instant now = Instant.now();
		thread.post(c.getId(), false, user.getUsername(), ConcernThread.Kind.ANSWER, body, now);
		engine.respond(WelfareCases.ref(c.getId()), now);
		if (c.getState() != ConcernState.IN_PROGRESS && c.can(ConcernState.IN_PROGRESS)) {
			move(c, ConcernState.IN_PROGRESS, "answer", now);
		}
		notices.toMember(c, "welfare.notify.answered");
	}

	/** Asks the member for a document: the concern waits for the member, its clocks paused. */
	public void requestDocument(SanadUser user, long id, String body) {
		Concern c = working(user, id);
		Instant now = Instant.now();
		thread.post(c.getId(), false, user.getUsername(), ConcernThread.Kind.REQUEST, body, now);
		engine.respond(WelfareCases.ref(c.getId()), now);
		move(c, ConcernState.WAITING_MEMBER, "document requested", now);
		notices.toMember(c, "welfare.notify.document-requested");
	}

	/** Waits for another service (the clocks pause) with the reason. */
	public void waitThirdParty(SanadUser user, long id, String reason) {
		Concern c = working(user, id);
		move(c, ConcernState.WAITING_THIRD_PARTY, MemberConcerns.text(reason, "reason", 1000), Instant.now());
	}

	/** Back to work after a wait (the clocks resume). */
	public void resume(SanadUser user, long id) {
		Concern c = working(user, id);
		move(c, ConcernState.IN_PROGRESS, "resumed", Instant.now());
	}

	public Decision.Recorded decide(SanadUser user, long id, DecisionForm form) {
		Concern c = working(user, id);
		if (form.getOutcome() == null) {
			throw BusinessException.onField("outcome", "welfare.error.outcome");
		}
		if (form.getOutcome() == Outcome.REFERRED) {
			// disclosure to the ministry only with the member's recorded consent for it
			if (!c.identified()) {
				throw BusinessException.onField("outcome", "welfare.error.referral-identity");
			}
			if (!consents.hasConsent(c.getMemberId(), c.getFamilyMemberId(), ConsentPurpose.SOCIAL_REFERRAL)) {
				throw BusinessException.onField("outcome", "welfare.error.referral-consent");
			}
		}
		String grounds = MemberConcerns.text(form.getGrounds(), "grounds", 4000);
		java.util.Set<String> cited = groundList.checked(form.getGroundCodes());
		String authority = MemberConcerns.text(form.getAuthority(), "authority", 200);
		BigDecimal amount = form.getAmount();
		if (amount != null) {
			boolean money = "FINANCIAL_AID".equals(categories.any(c.getCategoryCode())
				.map(Categories.Category::root).orElse(null));
			if (!money) {
				throw BusinessException.onField("amount", "welfare.error.amount-category");
			}
			if (amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("10000000")) > 0) {
				throw BusinessException.onField("amount", "welfare.error.amount");
			}
		}
		LocalDate on = form.getDecidedOn() == null ? LocalDate.now(dz.sanad.platform.Formats.ZONE) : form.getDecidedOn();
		if (on.isAfter(LocalDate.now(dz.sanad.platform.Formats.ZONE))) {
			throw BusinessException.onField("decidedOn", "welfare.error.future-date");
		}
		Instant now = Instant.now();
		move(c, ConcernState.DECIDED, form.getOutcome().name(), now);
		Decision.Recorded d = engine.decide(WelfareCases.ref(c.getId()),
				Decision.of(form.getOutcome(), grounds, amount, authority, on), now);
		groundList.cite(d.id(), c.getId(), cited);
		if (form.getOutcome() == Outcome.REFERRED) {
			referrals.getObject().open(c, user.getUsername(), now);
		}
		notices.toMember(c, "welfare.notify.decided");
		return d;
	}

	/**
	 * Bulk disposal: one decision for each of several identical concerns, in one action and one transaction (all
	 * or none); each is decided, audited and notified on its own. A refusal names the concern it concerns.
	 */
	public int decideAll(SanadUser user, java.util.List<Long> ids, DecisionForm form) {
		if (ids == null || ids.isEmpty()) {
			throw BusinessException.of("welfare.error.bulk-none");
		}
		if (ids.size() > 200) {
			throw BusinessException.of("welfare.error.bulk-many", 200);
		}
		for (Long id : new java.util.LinkedHashSet<>(ids)) {
			try {
				decide(user, id, form);
			}
			catch (BusinessException e) {
				String reference = concerns.findById(id).map(Concern::getReference).orElse(String.valueOf(id));
				throw BusinessException.of("welfare.error.bulk", reference,
						new org.springframework.context.support.DefaultMessageSourceResolvable(
								new String[] { e.messageKey() }, e.args(), e.messageKey()));
			}
		}
		return ids.size();
	}

	public void close(SanadUser user, long id) {
		Concern c = working(user, id);
		move(c, ConcernState.CLOSED, "closed", Instant.now());
		notices.toMember(c, "welfare.notify.closed");
	}

	/** The concern in hand: taken by the acting handler first if nobody had it. */
	private Concern working(SanadUser user, long id) {
		Concern c = actable(user, id);
		if (c.getAssignedTo() == null) {
			take(user, id, null);
		}
		return c;
	}

	private void move(Concern c, ConcernState to, String reason, Instant now) {
		c.moveTo(to);
		CaseRef ref = WelfareCases.ref(c.getId());
		engine.transition(ref, to, reason, now);
	}
}
