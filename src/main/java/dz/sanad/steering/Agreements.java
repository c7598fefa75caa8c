package dz.sanad.steering;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.SanadUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The agreement: parties, articles and commitments, and its versions (the signed text, then amendments effective
 * from a date). Each version is approved once by each party's co-chair against the SHA-256 of the version's
 * content; an approval whose hash no longer matches the text does not count, so a changed text needs a new one.
 */
@Service
@Transactional(readOnly = true)
public class Agreements {

	public record Agreement(Long id, String code, String titleAr, String titleFr, LocalDate signedOn, String placeAr,
			String placeFr, int durationYears, String renewalAr, String renewalFr) {

		public LocalDate endsOn() {
			return signedOn.plusYears(durationYears);
		}
	}

	public record Party(String code, String nameAr, String nameFr, String signatoryAr, String signatoryFr) {
	}

	public record Article(Long id, int number, String titleAr, String titleFr) {
	}

	public record Commitment(Long id, Long articleId, String party, String textAr, String textFr) {
	}

	public record Approval(String party, String username, String hash, java.time.OffsetDateTime at, boolean valid) {
	}

	public record Version(Long id, int number, String kind, LocalDate effectiveOn, String contentAr,
			String contentFr, String hash, List<Approval> approvals) {

		/** Approved by both parties against this very text. */
		public boolean approved() {
			return approvals.stream().filter(Approval::valid).map(Approval::party).distinct().count() == 2;
		}
	}

	private final JdbcClient jdbc;

	private final Committee committee;

	private final AuditTrail audit;

	Agreements(JdbcClient jdbc, Committee committee, AuditTrail audit) {
		this.jdbc = jdbc;
		this.committee = committee;
		this.audit = audit;
	}

	public Agreement agreement() {
		return jdbc.sql("select id, code, title_ar, title_fr, signed_on, place_ar, place_fr, duration_years, renewal_ar, renewal_fr from steering_agreement order by id limit 1")
			.query((rs, i) -> new Agreement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getDate(5).toLocalDate(), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9),
					rs.getString(10)))
			.single();
	}

	public List<Party> parties() {
		return jdbc.sql("select code, name_ar, name_fr, signatory_ar, signatory_fr from steering_party order by code desc")
			.query((rs, i) -> new Party(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	public List<Article> articles() {
		return jdbc.sql("select id, number, title_ar, title_fr from steering_article order by number")
			.query((rs, i) -> new Article(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4))).list();
	}

	public Article article(Long id) {
		return articles().stream().filter(a -> a.id().equals(id)).findFirst()
			.orElseThrow(() -> new dz.sanad.platform.NotFoundException("article " + id));
	}

	public List<Commitment> commitments() {
		return jdbc.sql("select id, article_id, party_code, text_ar, text_fr from steering_commitment order by article_id, id")
			.query((rs, i) -> new Commitment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	public List<Version> versions() {
		return jdbc.sql("select id, number, kind, effective_on, content_ar, content_fr from steering_version order by number")
			.query((rs, i) -> {
				String hash = hash(rs.getInt(2), rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6));
				return new Version(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getDate(4).toLocalDate(),
						rs.getString(5), rs.getString(6), hash, approvals(rs.getLong(1), hash));
			})
			.list();
	}

	public Version version(Long id) {
		return versions().stream().filter(v -> v.id().equals(id)).findFirst()
			.orElseThrow(() -> new dz.sanad.platform.NotFoundException("version " + id));
	}

	private List<Approval> approvals(Long versionId, String hash) {
		return jdbc.sql("select party_code, username, content_hash, approved_at from steering_version_approval where version_id = ? order by approved_at")
			.param(versionId)
			.query((rs, i) -> new Approval(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, java.time.OffsetDateTime.class), hash.equals(rs.getString(3))))
			.list();
	}

	/** What a version's approval is recorded against: its number, effective date and both texts. */
	static String hash(int number, LocalDate effectiveOn, String contentAr, String contentFr) {
		return Committee.sha256(number + "\n" + effectiveOn + "\n" + contentAr + "\n\u0000\n" + contentFr);
	}

	/** The user's party approves the version as it reads now; approving again replaces a stale approval. */
	@Transactional
	public Version approve(SanadUser user, Long versionId) {
		String party = committee.requireCoChair(user);
		Version v = version(versionId);
		if (v.approvals().stream().anyMatch(a -> a.valid() && a.party().equals(party))) {
			throw BusinessException.of("steering.error.alreadyApproved");
		}
		jdbc.sql("delete from steering_version_approval where version_id = ? and party_code = ?").param(versionId)
			.param(party).update();
		jdbc.sql("insert into steering_version_approval (version_id, party_code, username, content_hash) values (?, ?, ?, ?)")
			.param(versionId).param(party).param(user.getUsername()).param(v.hash()).update();
		audit.record("APPROVE", "SteeringVersion", versionId, "version " + v.number() + " approved for " + party,
				null, Map.of("hash", v.hash(), "party", party));
		return version(versionId);
	}

	/** An amendment (avenant): the full new text, effective from a date; it waits for both approvals. */
	@Transactional
	public Version amend(SanadUser user, LocalDate effectiveOn, String contentAr, String contentFr) {
		committee.requireMember(user);
		if (effectiveOn == null || contentAr == null || contentAr.isBlank() || contentFr == null
				|| contentFr.isBlank()) {
			throw BusinessException.of("steering.error.amendmentIncomplete");
		}
		Agreement a = agreement();
		if (effectiveOn.isBefore(a.signedOn())) {
			throw BusinessException.onField("effectiveOn", "steering.error.beforeSignature");
		}
		Long id = jdbc.sql("""
				insert into steering_version (agreement_id, number, kind, effective_on, content_ar, content_fr, created_by)
				select ?, coalesce(max(number), 0) + 1, 'AMENDMENT', ?, ?, ?, ? from steering_version where agreement_id = ?
				returning id""").param(a.id()).param(effectiveOn).param(contentAr.strip()).param(contentFr.strip())
			.param(user.getUsername()).param(a.id()).query(Long.class).single();
		Version v = version(id);
		audit.record("CREATE", "SteeringVersion", id, "amendment " + v.number(), null,
				Map.of("effectiveOn", effectiveOn.toString(), "hash", v.hash()));
		return v;
	}

	/**
	 * Corrects a version's text while it is not yet approved by both parties; an approval already given was given
	 * to the old text (its hash no longer matches), so it stops counting and that co-chair approves again.
	 */
	@Transactional
	public Version edit(SanadUser user, Long versionId, String contentAr, String contentFr) {
		committee.requireMember(user);
		Version before = version(versionId);
		if (before.approved()) {
			throw BusinessException.of("steering.error.versionApproved");
		}
		if (contentAr == null || contentAr.isBlank() || contentFr == null || contentFr.isBlank()) {
			throw BusinessException.of("steering.error.amendmentIncomplete");
		}
		jdbc.sql("update steering_version set content_ar = ?, content_fr = ? where id = ?").param(contentAr.strip())
			.param(contentFr.strip()).param(versionId).update();
		Version after = version(versionId);
		audit.record("UPDATE", "SteeringVersion", versionId, "version " + before.number() + " text changed",
				Map.of("hash", before.hash()), Map.of("hash", after.hash()));
		return after;
	}

	/** The version in force on a day: the latest approved one already effective. */
	public java.util.Optional<Version> inForce(LocalDate day) {
		return versions().stream().filter(Version::approved).filter(v -> !v.effectiveOn().isAfter(day))
			.reduce((x, y) -> y);
	}

	public record Annex(Long id, Long versionId, String title, String filename, String contentType, String sha256) {
	}

	public List<Annex> annexes() {
		return jdbc.sql("select id, version_id, title, filename, content_type, sha256 from steering_annex order by version_id, id")
			.query((rs, i) -> new Annex(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list();
	}

	/** An annex file joined to a version (a convention's annexes travel with the text they complete). */
	@Transactional
	public Annex addAnnex(SanadUser user, Long versionId, String title, String filename, String contentType,
			byte[] content) {
		committee.requireMember(user);
		version(versionId);
		if (title == null || title.isBlank() || content == null || content.length == 0 || filename == null) {
			throw BusinessException.onField("file", "steering.error.annexIncomplete");
		}
		String sha = Reports.sha(content);
		Long id = jdbc.sql("""
				insert into steering_annex (version_id, title, filename, content_type, content, sha256, added_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""").param(versionId).param(title.strip()).param(filename)
			.param(contentType == null ? "application/octet-stream" : contentType).param(content).param(sha)
			.param(user.getUsername()).query(Long.class).single();
		audit.record("CREATE", "SteeringAnnex", id, title, null, Map.of("sha256", sha, "version", versionId));
		return annexes().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
	}

	public byte[] annexContent(Long id) {
		return jdbc.sql("select content from steering_annex where id = ?").param(id).query(byte[].class).optional()
			.orElseThrow(() -> new dz.sanad.platform.NotFoundException("annex " + id));
	}
}
