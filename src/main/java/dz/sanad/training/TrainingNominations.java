package dz.sanad.training;

import dz.sanad.audit.AuditTrail;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Digits;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Nominations: checks when a member is nominated, the ministry's decision, the waiting list that promotes itself
 * when a trainee withdraws, and imports of nomination lists.
 */
@Service
@Transactional(readOnly = true)
public class TrainingNominations {

	private final Nominations nominations;

	private final Sessions sessions;

	private final Certificates certificates;

	private final Catalogue catalogue;

	private final People people;

	private final TrainingAccess access;

	private final TrainingRules rules;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	TrainingNominations(Nominations nominations, Sessions sessions, Certificates certificates, Catalogue catalogue,
			People people, TrainingAccess access, TrainingRules rules, AuditTrail audit,
			ApplicationEventPublisher events, MessageSource messages) {
		this.nominations = nominations;
		this.sessions = sessions;
		this.certificates = certificates;
		this.catalogue = catalogue;
		this.people = people;
		this.access = access;
		this.rules = rules;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
	}

	/** One line of an import report. */
	public record ImportLine(int row, String matricule, boolean ok, String message) implements Serializable {
	}

	public record ImportReport(boolean applied, int imported, List<ImportLine> lines) implements Serializable {
	}

	public Nomination get(Long id) {
		return nominations.findById(id).orElseThrow(() -> new NotFoundException("nomination " + id));
	}

	/** The session's nominations the user may see (a wilaya officer: its wilaya's). */
	public List<Nomination> ofSession(SanadUser user, Session s) {
		String w = access.wilayaOf(user);
		return nominations.findBySessionIdOrderByCreatedAt(s.getId()).stream()
			.filter(n -> w == null || w.equals(n.getWilayaCode())).toList();
	}

	/** Training history of a member (caller checks the member is visible). */
	public List<Nomination> ofMember(Long memberId) {
		return nominations.findByMemberIdOrderByCreatedAtDesc(memberId);
	}

	@Transactional
	public Nomination nominate(Long sessionId, Long memberId) {
		SanadUser user = CurrentUser.get();
		Session s = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
		Member m = people.memberInScope(user, memberId);
		access.requireNominate(user, m);
		check(s, m);
		Nomination n = nominations.save(new Nomination(s.getId(), m.getId(), m.getWilayaCode(), user.getUsername()));
		audit.record("CREATE", "training_nomination", n.getId(), s.getCode() + " " + m.getMatricule(), null,
				n.snapshot());
		return n;
	}

	/** The nomination rules, in the order the user can act on them. */
	private void check(Session s, Member m) {
		if (!s.acceptsNominations()) {
			throw BusinessException.of("training.nomination.error.closed");
		}
		if (nominations.findBySessionIdAndMemberId(s.getId(), m.getId()).isPresent()) {
			throw BusinessException.onField("memberId", "training.nomination.error.duplicate", m.getMatricule());
		}
		Programme p = catalogue.programme(s.getProgrammeId());
		if (!p.targets(m.getFunction())) {
			throw BusinessException.onField("memberId", "training.nomination.error.function", m.getMatricule());
		}
		if (nominations.hasOverlap(m.getId(), s.getId(), s.getStartDate(), s.getEndDate())) {
			throw BusinessException.onField("memberId", "training.nomination.error.overlap", m.getMatricule());
		}
		LocalDate since = s.getStartDate().minusYears(rules.recertifyYears());
		if (certificates.existsByMemberIdAndProgrammeIdAndRevokedFalseAndEndDateAfter(m.getId(), p.getId(), since)) {
			throw BusinessException.onField("memberId", "training.nomination.error.certified", m.getMatricule(),
					rules.recertifyYears());
		}
		if (!s.getQuotas().isEmpty()) {
			int quota = s.getQuotas().getOrDefault(m.getWilayaCode(), 0);
			long used = nominations.countBySessionIdAndWilayaCodeAndStatusIn(s.getId(), m.getWilayaCode(),
					EnumSet.of(NominationStatus.PENDING, NominationStatus.ACCEPTED, NominationStatus.WAITLISTED));
			if (used >= quota) {
				throw BusinessException.onField("memberId", "training.nomination.error.quota", m.getWilayaCode(), quota);
			}
		}
	}

	/**
	 * Imports a list of matricules (first column of the first sheet, header row skipped) for a session. Every row
	 * is checked; the nominations land only if all rows are valid, otherwise nothing is written and the report
	 * says which rows are wrong and why.
	 */
	@Transactional
	public ImportReport importList(Long sessionId, InputStream xlsx) {
		List<ImportLine> lines = new ArrayList<>();
		int imported = 0;
		Set<String> seen = new HashSet<>();
		var locale = LocaleContextHolder.getLocale();
		try (ReadableWorkbook wb = new ReadableWorkbook(xlsx)) {
			List<Row> rows = wb.getFirstSheet().read();
			for (Row row : rows) {
				int r = row.getRowNum();
				if (r == 1) {
					continue; // header
				}
				String matricule = row.getCellAsString(0).map(c -> Digits.latin(c).trim()).orElse("");
				if (matricule.isEmpty()) {
					continue;
				}
				try {
					if (!seen.add(matricule)) {
						throw BusinessException.of("training.nomination.error.duplicate", matricule);
					}
					// out of the user's scope reads exactly like unknown: a file of matricules is no identity lookup
					Optional<Member> m = people.memberInScope(CurrentUser.get(), matricule);
					if (m.isEmpty()) {
						throw BusinessException.of("training.import.error.unknown", matricule);
					}
					nominate(sessionId, m.get().getId());
					imported++;
					lines.add(new ImportLine(r, matricule, true, null));
				}
				catch (BusinessException e) {
					lines.add(new ImportLine(r, matricule, false,
							messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale)));
				}
				catch (AccessDeniedException e) {
					lines.add(new ImportLine(r, matricule, false,
							messages.getMessage("training.import.error.scope", null, locale)));
				}
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof AccessDeniedException || e instanceof NotFoundException) {
				throw (RuntimeException) e;
			}
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new ImportReport(false, 0, List.of(new ImportLine(0, "", false,
					messages.getMessage("training.import.error.file", null, locale))));
		}
		boolean ok = !lines.isEmpty() && lines.stream().allMatch(ImportLine::ok);
		if (!ok) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			if (lines.isEmpty()) {
				lines.add(new ImportLine(0, "", false, messages.getMessage("training.import.error.empty", null, locale)));
			}
			return new ImportReport(false, 0, lines);
		}
		return new ImportReport(true, imported, lines);
	}

	/** The ministry accepts: a seat if one is free, else the waiting list. */
	@Transactional
	public Nomination accept(Long id) {
		requireMinistry();
		Nomination n = get(id);
		Session s = sessions.findById(n.getSessionId()).orElseThrow();
		if (s.getState() != SessionState.OPEN && s.getState() != SessionState.CONFIRMED) {
			throw BusinessException.of("training.nomination.error.closed");
		}
		Map<String, Object> before = n.snapshot();
		long accepted = nominations.countBySessionIdAndStatus(s.getId(), NominationStatus.ACCEPTED);
		if (accepted < s.getCapacity()) {
			n.accept();
			events.publishEvent(new Events.NominationAccepted(n.getId(), s.getId(), n.getMemberId(), false));
		}
		else {
			int rank = nominations.maxWaitRank(s.getId()) + 1;
			n.waitlist(rank);
			events.publishEvent(new Events.NominationWaitlisted(n.getId(), s.getId(), n.getMemberId(), rank));
		}
		audit.record("ACCEPT", "training_nomination", id, s.getCode(), before, n.snapshot());
		return n;
	}

	@Transactional
	public Nomination refuse(Long id, String reason) {
		requireMinistry();
		Nomination n = get(id);
		Map<String, Object> before = n.snapshot();
		n.refuse(reason);
		events.publishEvent(new Events.NominationRefused(n.getId(), n.getSessionId(), n.getMemberId(), n.getReason()));
		audit.record("REFUSE", "training_nomination", id, n.getReason(), before, n.snapshot());
		return n;
	}

	/** Withdrawal by the nominating side or the ministry; a freed seat goes to the first on the waiting list. */
	@Transactional
	public Nomination withdraw(Long id, String reason) {
		SanadUser user = CurrentUser.get();
		Nomination n = get(id);
		Session s = sessions.findById(n.getSessionId()).orElseThrow();
		if (!user.is(Role.TRAINING_MANAGER)) {
			access.requireNominate(user, people.member(n.getMemberId()));
		}
		if (s.getState() != SessionState.OPEN && s.getState() != SessionState.CONFIRMED) {
			throw BusinessException.of("training.nomination.error.closed");
		}
		boolean freedSeat = n.getStatus() == NominationStatus.ACCEPTED;
		Map<String, Object> before = n.snapshot();
		n.withdraw(reason);
		nominations.flush();
		audit.record("WITHDRAW", "training_nomination", id, s.getCode(), before, n.snapshot());
		if (freedSeat) {
			nominations.findBySessionIdAndStatusOrderByCreatedAt(s.getId(), NominationStatus.WAITLISTED).stream()
				.min(java.util.Comparator.comparing(Nomination::getWaitRank))
				.ifPresent(next -> {
					Map<String, Object> b = next.snapshot();
					next.accept();
					audit.record("PROMOTE", "training_nomination", next.getId(), s.getCode(), b, next.snapshot());
					events.publishEvent(new Events.NominationAccepted(next.getId(), s.getId(), next.getMemberId(), true));
				});
		}
		return n;
	}

	private static void requireMinistry() {
		if (!CurrentUser.get().is(Role.TRAINING_MANAGER)) {
			throw new AccessDeniedException("ministry only");
		}
	}
}
