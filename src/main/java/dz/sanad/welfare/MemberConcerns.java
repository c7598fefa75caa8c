package dz.sanad.welfare;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.cases.CaseEngine;
import dz.sanad.platform.cases.CaseRef;
import dz.sanad.platform.cases.SlaPolicies;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The member's side: submitting a concern (in their name or pseudonymously), following it, the thread, documents,
 * appeal, reopening and rating. A pseudonymous concern keeps only the hash of its follow-up code: nothing written
 * (concern, engine history, audit trail) names the member, so it is created as the system.
 */
@Service
@Transactional
public class MemberConcerns {

	/** Written as the author of a pseudonymous member's messages. */
	public static final String PSEUDONYM = "pseudonymous";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	private final Concerns concerns;

	private final People people;

	private final Organisation organisation;

	private final Categories categories;

	private final Handlers handlers;

	private final ConcernThread thread;

	private final CaseEngine engine;

	private final SlaPolicies policies;

	private final WelfareNotices notices;

	private final AuditTrail audit;

	MemberConcerns(Concerns concerns, People people, Organisation organisation, Categories categories,
			Handlers handlers, ConcernThread thread, CaseEngine engine, SlaPolicies policies, WelfareNotices notices,
			AuditTrail audit) {
		this.concerns = concerns;
		this.people = people;
		this.organisation = organisation;
		this.categories = categories;
		this.handlers = handlers;
		this.thread = thread;
		this.engine = engine;
		this.policies = policies;
		this.notices = notices;
		this.audit = audit;
	}

	/** A submitted concern; {@code followCode} is set (and shown once) for a pseudonymous one. */
	public record Submitted(Concern concern, String followCode) {
	}

	public Submitted submit(SanadUser user, ConcernForm form, ConcernThread.Upload upload) {
		Member m = self(user);
		if (form.isPseudonymous() && form.getFamilyMemberId() != null) {
			throw BusinessException.onField("familyMemberId", "welfare.error.pseudonymous-family");
		}
		if (form.getFamilyMemberId() != null) {
			people.familyMemberInScope(user, m.getId(), form.getFamilyMemberId());
		}
		if (!form.isPseudonymous()) {
			return new Submitted(create(form, Channel.PORTAL, m.getId(), null, m.getWilayaCode(), upload), null);
		}
		String code = newCode();
		return anonymously(() -> new Submitted(create(form, Channel.PORTAL, null, hash(code), m.getWilayaCode(),
				upload), code));
	}

	/**
	 * Runs what a pseudonymous submitter does without their session: the engine's history and the audit trail then
	 * record "system" and no address, never the member.
	 */
	private static <T> T anonymously(java.util.function.Supplier<T> action) {
		SecurityContext signedIn = SecurityContextHolder.getContext();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
		try {
			return action.get();
		}
		finally {
			RequestContextHolder.setRequestAttributes(request);
			SecurityContextHolder.setContext(signedIn);
		}
	}

	/** The member's action on their concern: as themself, or anonymously on a pseudonymous one. */
	private static void bySubmitter(Concern c, Runnable action) {
		if (c.identified()) {
			action.run();
		}
		else {
			anonymously(() -> {
				action.run();
				return null;
			});
		}
	}

	/** Creates, routes and opens the case: shared by self-service and capture at a counter or listening day. */
	Concern create(ConcernForm form, Channel channel, Long memberId, String codeHash, String wilaya,
			ConcernThread.Upload upload) {
		Categories.Category category = categories.find(form.getCategoryCode())
			.orElseThrow(() -> BusinessException.onField("categoryCode", "welfare.error.category"));
		String subject = text(form.getSubject(), "subject", 200);
		String description = text(form.getDescription(), "description", 8000);
		String asked = form.getOutcomeAsked() == null || form.getOutcomeAsked().isBlank() ? null
				: text(form.getOutcomeAsked(), "outcomeAsked", 2000);
		Priority priority = form.getPriority() == null ? Priority.NORMAL : form.getPriority();
		Confidentiality level = form.getConfidentiality() == null ? Confidentiality.NORMAL : form.getConfidentiality();
		Instant now = Instant.now();
		Long unit = organisation.findByCode("SW-" + wilaya).map(Unit::getId).orElse(null);
		Concern c = new Concern(concerns.nextId(), now, memberId, memberId == null ? null : form.getFamilyMemberId(),
				codeHash, category.code(), channel, subject, description, asked, priority, level, wilaya, unit);
		String owner = handlers.route(category.code(), category.parent(), wilaya).orElse(null);
		if (level == Confidentiality.SEALED) {
			String named = form.getSealedTo() == null ? owner : form.getSealedTo();
			if (named == null || !handlers.handles(named, wilaya)) {
				throw BusinessException.onField("sealedTo", "welfare.error.sealed-handler");
			}
			c.seal(named);
			owner = named;
		}
		concerns.saveAndFlush(c);
		CaseRef ref = WelfareCases.ref(c.getId());
		engine.open(ref, policies.of(category.root(), priority.name()), owner, now);
		if (owner != null) {
			c.assignTo(owner);
			c.moveTo(ConcernState.ASSIGNED);
			engine.transition(ref, ConcernState.ASSIGNED, "routing", now);
			notices.toHandler(owner, c, "welfare.notify.assigned");
		}
		if (upload != null && !upload.empty()) {
			thread.attach(c.getId(), upload, true, now);
		}
		return c;
	}

	@Transactional(readOnly = true)
	public List<Concern> mine(SanadUser user) {
		return user.memberId() == null ? List.of() : concerns.findByMemberIdOrderBySubmittedAtDesc(user.memberId());
	}

	/** The member's own concern; anyone else's answers like an unknown one. */
	@Transactional(readOnly = true)
	public Concern own(SanadUser user, long id) {
		return concerns.findById(id).filter(c -> c.getMemberId() != null && c.getMemberId().equals(user.memberId()))
			.filter(c -> user.role() == Role.MEMBER).orElseThrow(() -> new NotFoundException("concern " + id));
	}

	/** The pseudonymous concern a follow-up code leads to. */
	@Transactional(readOnly = true)
	public Concern byCode(String code) {
		String normal = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT).replace("-", "");
		return concerns.findByFollowCodeHash(normal.isEmpty() ? "-" : hash(normal))
			.orElseThrow(() -> new NotFoundException("follow-up code"));
	}

	/** A message from the member; if documents were asked, the handler's clock resumes. */
	public void reply(Concern given, String body, ConcernThread.Upload upload) {
		Concern c = managed(given);
		bySubmitter(c, () -> {
			if (c.getState() == ConcernState.CLOSED) {
				throw BusinessException.of("welfare.error.closed");
			}
			Instant now = Instant.now();
			thread.post(c.getId(), true, author(c), ConcernThread.Kind.MESSAGE, body, now);
			if (upload != null && !upload.empty()) {
				thread.attach(c.getId(), upload, true, now);
			}
			resume(c, "welfare.reason.member-replied", now);
		});
	}

	/** A document the handler asked for (or the member adds); the clock resumes. */
	public void addDocument(Concern given, ConcernThread.Upload upload) {
		Concern c = managed(given);
		bySubmitter(c, () -> {
			if (c.getState() == ConcernState.CLOSED) {
				throw BusinessException.of("welfare.error.closed");
			}
			Instant now = Instant.now();
			thread.attach(c.getId(), upload, true, now);
			audit.record("ATTACH", "welfare-concern", c.getId(), c.getReference(), null, null);
			resume(c, "welfare.reason.document-added", now);
		});
	}

	private void resume(Concern c, String reason, Instant now) {
		if (c.getState() == ConcernState.WAITING_MEMBER) {
			c.moveTo(ConcernState.IN_PROGRESS);
			engine.transition(WelfareCases.ref(c.getId()), ConcernState.IN_PROGRESS, reason, now);
		}
		if (c.getAssignedTo() != null) {
			notices.toHandler(c.getAssignedTo(), c, "welfare.notify.member-replied");
		}
	}

	/**
	 * The pseudonymous submitter reveals who they are (their own choice, recorded in their name): the concern joins
	 * their self-service, the handler sees their record, and decisions needing an identity become possible.
	 */
	public Concern reveal(SanadUser user, String code) {
		Member m = self(user);
		Concern c = managed(byCode(code));
		Map<String, Object> before = c.snapshot();
		c.reveal(m.getId());
		concerns.saveAndFlush(c);
		audit.record("REVEAL", "welfare-concern", c.getId(), c.getReference(), before, c.snapshot());
		if (c.getAssignedTo() != null) {
			notices.toHandler(c.getAssignedTo(), c, "welfare.notify.revealed");
		}
		return c;
	}

	/**
	 * Appeals the last decision to the head of the wilaya social service, within the appeal window; a pseudonymous
	 * submitter appeals through the code, recorded without their name.
	 */
	public void appeal(Concern given, String grounds) {
		Concern c = managed(given);
		bySubmitter(c, () -> appealed(c, grounds));
	}

	private void appealed(Concern c, String grounds) {
		Instant now = Instant.now();
		String text = text(grounds, "body", ConcernThread.MAX_BODY);
		c.moveTo(ConcernState.APPEALED);
		CaseRef ref = WelfareCases.ref(c.getId());
		engine.transition(ref, ConcernState.APPEALED, "appeal", now);
		thread.post(c.getId(), true, author(c), ConcernThread.Kind.MESSAGE, text, now);
		String head = c.getConfidentiality() == Confidentiality.SEALED ? null
				: handlers.heads(c.getWilayaCode()).stream().findFirst().orElse(null);
		if (head != null && !head.equals(c.getAssignedTo())) {
			engine.assign(ref, head, "appeal", now);
			c.assignTo(head);
		}
		if (c.getAssignedTo() != null) {
			notices.toHandler(c.getAssignedTo(), c, "welfare.notify.appealed");
		}
	}

	/** Reopens a closed concern within the reopen window (by the code, anonymously, for a pseudonymous one). */
	public void reopen(Concern given, String reason) {
		Concern c = managed(given);
		bySubmitter(c, () -> reopened(c, reason));
	}

	private void reopened(Concern c, String reason) {
		Instant now = Instant.now();
		String text = text(reason, "body", ConcernThread.MAX_BODY);
		c.moveTo(ConcernState.REOPENED);
		engine.transition(WelfareCases.ref(c.getId()), ConcernState.REOPENED, "reopened", now);
		thread.post(c.getId(), true, author(c), ConcernThread.Kind.MESSAGE, text, now);
		if (c.getAssignedTo() != null) {
			notices.toHandler(c.getAssignedTo(), c, "welfare.notify.reopened");
		}
	}

	public void rate(Concern given, int rating, String comment) {
		Concern c = managed(given);
		bySubmitter(c, () -> {
			Map<String, Object> before = c.snapshot();
			c.rate(rating, comment);
			concerns.saveAndFlush(c);
			audit.record("RATE", "welfare-concern", c.getId(), c.getReference() + " " + rating, before, c.snapshot());
		});
	}

	/** The concern as this transaction's managed entity (pages found it, and checked it, in an earlier one). */
	private Concern managed(Concern c) {
		return concerns.findById(c.getId()).orElseThrow(() -> new NotFoundException("concern " + c.getId()));
	}

	private static String author(Concern c) {
		return c.identified() ? "member" : PSEUDONYM;
	}

	private Member self(SanadUser user) {
		if (user.role() != Role.MEMBER || user.memberId() == null) {
			throw new AccessDeniedException("self-service only");
		}
		return people.member(user.memberId());
	}

	static String text(String value, String field, int max) {
		String v = value == null ? "" : value.trim();
		if (v.isEmpty()) {
			throw BusinessException.onField(field, "welfare.error.required");
		}
		if (v.length() > max) {
			throw BusinessException.onField(field, "welfare.error.too-long", max);
		}
		return v;
	}

	/** 16 characters from an alphabet without look-alikes: about 79 bits, shown once as XXXX-XXXX-XXXX-XXXX. */
	static String newCode() {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			sb.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
		}
		return sb.toString();
	}

	static String hash(String code) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
