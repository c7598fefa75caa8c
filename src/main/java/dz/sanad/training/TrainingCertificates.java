package dz.sanad.training;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Dates;
import dz.sanad.platform.JobLeases;
import dz.sanad.platform.Like;
import dz.sanad.platform.NotFoundException;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import jakarta.persistence.criteria.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Certificates: issued to trainees who met the completion rule of a closed session, verifiable on a public page
 * by an unguessable code (128 random bits, base32), revocable with an audited reason. Whole sessions are
 * generated in the background, with progress kept in training_job and the zip kept for download.
 */
@Service
@Transactional(readOnly = true)
public class TrainingCertificates {

	private static final Logger log = LoggerFactory.getLogger(TrainingCertificates.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Certificates certificates;

	private final Nominations nominations;

	private final Sessions sessions;

	private final Catalogue catalogue;

	private final Organisation organisation;

	private final People people;

	private final TrainingAccess access;

	private final TrainingDocuments documents;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TaskExecutor executor;

	private final TransactionTemplate tx;

	private final JobLeases leases;

	TrainingCertificates(Certificates certificates, Nominations nominations, Sessions sessions, Catalogue catalogue,
			Organisation organisation, People people, TrainingAccess access, TrainingDocuments documents,
			JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events,
			@org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor executor,
			PlatformTransactionManager txm, JobLeases leases) {
		this.certificates = certificates;
		this.nominations = nominations;
		this.sessions = sessions;
		this.catalogue = catalogue;
		this.organisation = organisation;
		this.people = people;
		this.access = access;
		this.documents = documents;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.executor = executor;
		this.tx = new TransactionTemplate(txm);
		this.leases = leases;
	}

	public record CertificateFilter(String q, Long sessionId, Boolean revoked) {
	}

	/** What the public verification page may show, and nothing else. */
	public record Verification(String holderNameAr, String holderNameLat, String programmeAr, String programmeFr,
			String centreAr, String centreFr, java.time.LocalDate startDate, java.time.LocalDate endDate,
			boolean valid) {
	}

	public record Job(Long id, Long sessionId, String status, int total, int done, String report, boolean hasResult) {
		public int percent() {
			return total == 0 ? (isFinished() ? 100 : 0) : 100 * done / total;
		}

		public boolean isFinished() {
			return "DONE".equals(status) || "FAILED".equals(status) || "INTERRUPTED".equals(status);
		}
	}

	public Certificate get(Long id) {
		return certificates.findById(id).orElseThrow(() -> new NotFoundException("certificate " + id));
	}

	/** The certificate if the user may see it: its holder, the centre, the ministry, DGSN, the holder's wilaya. */
	public Certificate visible(SanadUser user, Long id) {
		Certificate c = get(id);
		boolean ok = switch (user.role()) {
			case TRAINING_MANAGER, DGSN_SOCIAL -> true;
			case CENTRE_COORDINATOR -> access.managesCentre(user,
					sessions.findById(c.getSessionId()).orElseThrow().getCentreId());
			case MEMBER -> c.getMemberId().equals(user.memberId());
			case WILAYA_OFFICER -> people.canSee(user, people.member(c.getMemberId()));
			default -> false;
		};
		if (!ok) {
			throw new AccessDeniedException("certificate outside scope");
		}
		return c;
	}

	public Optional<Certificate> ofNomination(Long nominationId) {
		return certificates.findByNominationId(nominationId);
	}

	public List<Certificate> ofMember(Long memberId) {
		return certificates.findByMemberIdOrderByStartDateDesc(memberId);
	}

	public List<Certificate> ofSession(Long sessionId) {
		return certificates.findBySessionIdOrderBySerial(sessionId);
	}

	public Page<Certificate> search(SanadUser user, CertificateFilter f, Pageable pageable) {
		return certificates.findAll(spec(user, f), pageable);
	}

	public List<Certificate> searchAll(SanadUser user, CertificateFilter f) {
		return certificates.findAll(spec(user, f), Sort.by("serial"));
	}

	private Specification<Certificate> spec(SanadUser user, CertificateFilter f) {
		List<Long> centres = user.is(Role.CENTRE_COORDINATOR) ? access.managedCentres(user) : null;
		List<Long> sessionIds = centres == null ? null
				: sessions.findAll().stream().filter(s -> centres.contains(s.getCentreId())).map(Session::getId).toList();
		return (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (sessionIds != null) {
				p.add(root.get("sessionId").in(sessionIds.isEmpty() ? List.of(-1L) : sessionIds));
			}
			if (f.q() != null && !f.q().isBlank()) {
				p.add(Like.anyContains(cb, f.q(), root.get("serial"), root.get("holderNameAr"), root.get("holderNameLat")));
			}
			if (f.sessionId() != null) {
				p.add(cb.equal(root.get("sessionId"), f.sessionId()));
			}
			if (f.revoked() != null) {
				p.add(cb.equal(root.get("revoked"), f.revoked()));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}

	/** Issues the certificates of a closed session's completed trainees that have none yet. */
	@Transactional
	public List<Certificate> issue(Long sessionId) {
		Session s = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
		access.requireManageSession(CurrentUser.get(), s);
		return issueAll(s);
	}

	private List<Certificate> issueAll(Session s) {
		s.requireCertifiable(Dates.today());
		Programme p = catalogue.programme(s.getProgrammeId());
		Unit centre = organisation.get(s.getCentreId());
		int hours = catalogue.hours(p.getId());
		List<Nomination> done = nominations.findBySessionIdAndStatusOrderByCreatedAt(s.getId(), NominationStatus.ACCEPTED)
			.stream().filter(n -> Boolean.TRUE.equals(n.getCompleted())).toList();
		Map<Long, Member> members = people.members(done.stream().map(Nomination::getMemberId).toList());
		// the session's certificates already issued, in one query rather than one per trainee
		Map<Long, Certificate> issued = new java.util.HashMap<>();
		certificates.findBySessionIdOrderBySerial(s.getId()).forEach(c -> issued.put(c.getNominationId(), c));
		List<Certificate> out = new ArrayList<>();
		for (Nomination n : done) {
			Certificate existing = issued.get(n.getId());
			if (existing != null) {
				out.add(existing);
				continue;
			}
			Member m = members.get(n.getMemberId());
			long seq = jdbc.sql("select nextval('training_serial_seq')").query(Long.class).single();
			String serial = String.format("CNF-%d-%06d", s.getPlanYear(), seq);
			Certificate c = certificates.save(new Certificate(n, s, p, serial, code(), m.fullNameAr(),
					m.getFirstNameLat() == null ? null : m.fullNameLat(), centre.getNameAr(), centre.getNameFr(), hours));
			audit.record("ISSUE", "training_certificate", c.getId(), serial, null, c.snapshot());
			// both paths (single issue and batch) come here, inside their transaction
			events.publishEvent(new Events.CertificateIssued(c.getId(), c.getMemberId(), serial, c.getEndDate()));
			out.add(c);
		}
		return out;
	}

	/** 128 random bits in base32: not guessable, not enumerable. */
	static String code() {
		byte[] b = new byte[16];
		RANDOM.nextBytes(b);
		return Base32.encode(b);
	}

	@Transactional
	public Certificate revoke(Long id, String reason) {
		SanadUser user = CurrentUser.get();
		Certificate c = get(id);
		access.requireManageSession(user, sessions.findById(c.getSessionId()).orElseThrow());
		Map<String, Object> before = c.snapshot();
		c.revoke(reason);
		audit.record("REVOKE", "training_certificate", id, c.getSerial() + ": " + c.getRevokedReason(), before,
				c.snapshot());
		events.publishEvent(new Events.CertificateRevoked(id, c.getMemberId(), c.getRevokedReason()));
		return c;
	}

	public Optional<Verification> verify(String code) {
		if (code == null || !code.matches("[a-z2-7]{20,40}")) {
			return Optional.empty();
		}
		return certificates.findByCode(code).map(c -> new Verification(c.getHolderNameAr(), c.getHolderNameLat(),
				c.getProgrammeAr(), c.getProgrammeFr(), c.getCentreAr(), c.getCentreFr(), c.getStartDate(),
				c.getEndDate(), !c.isRevoked()));
	}

	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public byte[] pdf(Certificate c) {
		return documents.certificate(c);
	}

	// ---- batch generation

	/** Starts generating a whole session's certificates in the background; returns the job id to poll. */
	@Transactional
	public long startBatch(Long sessionId) {
		SanadUser user = CurrentUser.get();
		Session s = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
		access.requireManageSession(user, s);
		s.requireCertifiable(Dates.today());
		long jobId = jdbc.sql("""
				insert into training_job (kind, session_id, started_by, status) values ('CERTIFICATES', ?, ?, 'QUEUED')
				returning id""").params(sessionId, user.getUsername()).query(Long.class).single();
		leases.hold(CertificateBatchLeases.KIND, jobId); // committed with the job row
		var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		// start once this transaction has committed, so the job row is visible to the worker
		org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
				new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCommit() {
						executor.execute(() -> runBatch(jobId, sessionId, auth));
					}
				});
		return jobId;
	}

	void runBatch(long jobId, Long sessionId, org.springframework.security.core.Authentication auth) {
		var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
		context.setAuthentication(auth);
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		try {
			List<Certificate> list = tx.execute(st -> issueAll(sessions.findById(sessionId).orElseThrow()));
			jdbc.sql("update training_job set status = 'RUNNING', total = ? where id = ?").params(list.size(), jobId)
				.update();
			ByteArrayOutputStream zipBytes = new ByteArrayOutputStream(Math.max(1, list.size()) * 32 * 1024);
			int[] done = { 0 };
			try (ZipOutputStream zip = new ZipOutputStream(zipBytes)) {
				// rendered on the PDF workers (one per core), written here in order; PDFs are compressed already,
				// so they are stored in the zip as they are
				documents.certificates(list, (c, pdf) -> {
					try {
						ZipEntry entry = new ZipEntry(c.getSerial() + ".pdf");
						entry.setMethod(ZipEntry.STORED);
						entry.setSize(pdf.length);
						CRC32 crc = new CRC32();
						crc.update(pdf);
						entry.setCrc(crc.getValue());
						zip.putNextEntry(entry);
						zip.write(pdf);
						zip.closeEntry();
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
					done[0]++;
					if (done[0] % 20 == 0 || done[0] == list.size()) {
						jdbc.sql("update training_job set done = ? where id = ?").params(done[0], jobId).update();
					}
				});
			}
			jdbc.sql("""
					update training_job set status = 'DONE', done = ?, result = ?, report = ?, finished_at = now()
					where id = ?""").params(done[0], zipBytes.toByteArray(), null, jobId).update();
		}
		catch (RuntimeException | IOException e) {
			log.warn("Certificate batch {} failed", jobId, e);
			jdbc.sql("update training_job set status = 'FAILED', report = ?, finished_at = now() where id = ?")
				.params(String.valueOf(e.getMessage()), jobId).update();
		}
		finally {
			leases.release(CertificateBatchLeases.KIND, jobId);
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	public Job job(Long sessionId, Long jobId) {
		return jdbc.sql("""
				select id, session_id, status, total, done, report, result is not null from training_job
				where id = ? and session_id = ?""")
			.params(jobId, sessionId)
			.query((rs, i) -> new Job(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
					rs.getString(6), rs.getBoolean(7)))
			.optional().orElseThrow(() -> new NotFoundException("job " + jobId));
	}

	public Optional<Job> lastJob(Long sessionId) {
		return jdbc.sql("""
				select id, session_id, status, total, done, report, result is not null from training_job
				where session_id = ? order by id desc limit 1""")
			.param(sessionId)
			.query((rs, i) -> new Job(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
					rs.getString(6), rs.getBoolean(7)))
			.optional();
	}

	public byte[] jobResult(Long sessionId, Long jobId) {
		return jdbc.sql("select result from training_job where id = ? and session_id = ? and status = 'DONE'")
			.params(jobId, sessionId).query(byte[].class).optional()
			.orElseThrow(() -> new NotFoundException("job " + jobId));
	}

}
