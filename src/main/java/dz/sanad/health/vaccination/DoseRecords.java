package dz.sanad.health.vaccination;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.Dates;
import dz.sanad.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The doses recorded for a child: given here, not given with a reason, given elsewhere; a record entered by
 * mistake is marked in error (kept, with who and why), which reopens its dose. Each change recomputes the child's
 * stored schedule in the same transaction, so the centre lists show it at once.
 */
@Service
public class DoseRecords {

	public record Entry(long id, String antigen, int doseNo, DoseOutcome outcome, LocalDate givenOn, String lot,
			LocalDate lotExpiry, DoseOutcome.Site site, DoseOutcome.Route route, String givenBy, String place,
			DoseOutcome.Reason reason, String note, boolean inError, String errorReason, String recordedBy,
			Instant recordedAt) implements Serializable {

		public String key() {
			return DoseRule.key(antigen, doseNo);
		}
	}

	private final JdbcClient jdbc;

	private final Schedules schedules;

	private final AuditTrail audit;

	DoseRecords(JdbcClient jdbc, Schedules schedules, AuditTrail audit) {
		this.jdbc = jdbc;
		this.schedules = schedules;
		this.audit = audit;
	}

	@Transactional
	public long record(VaccinationAccess.Child c, DoseForm f) {
		if (f.getDose() == null) {
			throw BusinessException.onField("dose", "vaccination.field.required");
		}
		Schedule.Planned planned = schedules.plan(c.child().getBirthDate(), c.id()).stream()
			.filter(p -> p.rule().key().equals(f.getDose())).findFirst()
			.orElseThrow(() -> BusinessException.onField("dose", "vaccination.dose.unknown", f.getDose()));
		DoseChecks.check(f, planned, Dates.today());
		boolean given = f.getOutcome() == DoseOutcome.GIVEN;
		long id = jdbc.sql("""
				insert into vaccination_record (family_member_id, member_id, antigen, dose_no, outcome, given_on, lot,
				  lot_expiry, site, route, given_by, place, reason, note, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(c.id(), c.parent().getId(), planned.rule().antigen(), planned.rule().doseNo(), f.getOutcome().name(),
					f.getGivenOn(), given ? trim(f.getLot()) : null, given ? f.getLotExpiry() : null,
					given && f.getSite() != null ? f.getSite().name() : null,
					given && f.getRoute() != null ? f.getRoute().name() : null, given ? trim(f.getGivenBy()) : null,
					f.getOutcome() == DoseOutcome.HISTORICAL ? trim(f.getPlace()) : null,
					f.getOutcome() == DoseOutcome.NOT_GIVEN && f.getReason() != null ? f.getReason().name() : null,
					trim(f.getNote()), CurrentUser.name())
			.query(Long.class).single();
		audit.record("CREATE", "vaccination-record", id, planned.rule().key() + " " + f.getOutcome(), null,
				snapshot(get(id)));
		refresh(c);
		return id;
	}

	/** Marks a record entered by mistake; its dose is open again. */
	@Transactional
	public void markError(VaccinationAccess.Child c, long recordId, String reason) {
		Entry before = get(recordId);
		if (before.inError()) {
			throw BusinessException.of("vaccination.record.alreadyInError");
		}
		if (reason == null || reason.isBlank()) {
			throw BusinessException.onField("errorReason", "vaccination.field.required");
		}
		int n = jdbc.sql("""
				update vaccination_record set in_error = true, error_reason = ?, corrected_by = ?, corrected_at = now()
				where id = ? and family_member_id = ? and not in_error""")
			.params(reason.trim(), CurrentUser.name(), recordId, c.id()).update();
		if (n == 0) {
			throw new NotFoundException("vaccination record " + recordId);
		}
		audit.record("UPDATE", "vaccination-record", recordId, "recorded in error", snapshot(before),
				snapshot(get(recordId)));
		refresh(c);
	}

	public List<Entry> history(long childId) {
		return jdbc.sql("select * from vaccination_record where family_member_id = ? order by given_on desc, id desc")
			.param(childId).query((rs, n) -> entry(rs)).list();
	}

	private Entry get(long id) {
		return jdbc.sql("select * from vaccination_record where id = ?").param(id).query((rs, n) -> entry(rs)).optional()
			.orElseThrow(() -> new NotFoundException("vaccination record " + id));
	}

	private void refresh(VaccinationAccess.Child c) {
		schedules.refresh(c.id(), c.parent().getId(), c.parent().getWilayaCode(), c.child().getBirthDate());
	}

	static Map<String, Object> snapshot(Entry e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("dose", e.key());
		m.put("outcome", e.outcome());
		m.put("givenOn", e.givenOn());
		m.put("lot", e.lot());
		m.put("lotExpiry", e.lotExpiry());
		m.put("site", e.site());
		m.put("route", e.route());
		m.put("givenBy", e.givenBy());
		m.put("place", e.place());
		m.put("reason", e.reason());
		m.put("inError", e.inError());
		return m;
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Entry(rs.getLong("id"), rs.getString("antigen"), rs.getInt("dose_no"),
				DoseOutcome.valueOf(rs.getString("outcome")), rs.getObject("given_on", LocalDate.class),
				rs.getString("lot"), rs.getObject("lot_expiry", LocalDate.class),
				rs.getString("site") == null ? null : DoseOutcome.Site.valueOf(rs.getString("site")),
				rs.getString("route") == null ? null : DoseOutcome.Route.valueOf(rs.getString("route")),
				rs.getString("given_by"), rs.getString("place"),
				rs.getString("reason") == null ? null : DoseOutcome.Reason.valueOf(rs.getString("reason")),
				rs.getString("note"), rs.getBoolean("in_error"), rs.getString("error_reason"),
				rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
	}
}
