package dz.sanad.psychology.instruments;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.CurrentUser;
import dz.sanad.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Questionnaires given within a psychological record. The caller (the psychology record's page or API) has already
 * checked that the current user may open {@code recordId} and logged the read: this service takes the record id
 * as given. Recording a PHQ-9 whose item 9 is above 0 raises the safety alert in the same transaction.
 */
@Service
public class Administrations {

	/** A recorded questionnaire without its answers (what lists, trends and aggregates need). */
	public record Result(long id, long recordId, String instrumentCode, int instrumentVersion, int total,
			String bandKey, boolean safetyAlert, Instant at, String by) {
	}

	/** What {@link #record} did: the administration, its score, and the safety alert raised (null if none). */
	public record Recorded(long administrationId, Score score, Long alertId) {
	}

	/** One instrument's totals over time, oldest first, for a trend chart. */
	public record Series(String instrumentCode, int minTotal, int maxTotal, List<Point> points) {
	}

	public record Point(Instant at, int total, String bandKey) {
	}

	private final InstrumentLibrary library;

	private final AdministrationRows rows;

	private final SafetyAlerts alerts;

	private final AuditTrail audit;

	Administrations(InstrumentLibrary library, AdministrationRows rows, SafetyAlerts alerts, AuditTrail audit) {
		this.library = library;
		this.rows = rows;
		this.alerts = alerts;
		this.audit = audit;
	}

	/** Scores (refusing incomplete or out-of-scale answers) and records a questionnaire; raises the safety alert. */
	@Transactional
	public Recorded record(long recordId, String code, List<Integer> answers) {
		Instrument instrument = library.find(code).orElseThrow(
				() -> BusinessException.onField("instrument", "instruments.unknown", code));
		Score score = Instruments.score(instrument, answers);
		Administration a = rows.save(new Administration(recordId, instrument, answers, score, CurrentUser.name(),
				Instant.now()));
		// the trail says a questionnaire was given, never its answers or score
		audit.record("CREATE", "psy_administration", a.getId(),
				instrument.code() + " v" + instrument.version() + " record " + recordId, null, null);
		Long alert = score.safetyAlert() ? alerts.raise(a.getId(), recordId) : null;
		return new Recorded(a.getId(), score, alert);
	}

	/** Every questionnaire of a record, oldest first, without answers. */
	@Transactional(readOnly = true)
	public List<Result> history(long recordId) {
		return rows.findByRecordIdOrderByAdministeredAtAscIdAsc(recordId).stream().map(Administration::result)
			.toList();
	}

	/** The trend per instrument (code order), for {@code static/js/instruments-trend.js}. */
	@Transactional(readOnly = true)
	public List<Series> trend(long recordId) {
		Map<String, List<Point>> byCode = new TreeMap<>();
		for (Result r : history(recordId)) {
			byCode.computeIfAbsent(r.instrumentCode(), c -> new ArrayList<>())
				.add(new Point(r.at(), r.total(), r.bandKey()));
		}
		return byCode.entrySet().stream().map(e -> {
			Instrument i = library.get(e.getKey());
			return new Series(e.getKey(), i.minTotal(), i.maxTotal(), List.copyOf(e.getValue()));
		}).toList();
	}

	/** The answers of one administration of that record (opened from their seal), in item order. */
	@Transactional(readOnly = true)
	public List<Integer> answers(long recordId, long administrationId) {
		return rows.findByIdAndRecordId(administrationId, recordId).map(Administration::answers)
			.orElseThrow(() -> new NotFoundException("administration " + administrationId));
	}

	/** The instrument version an administration was scored with (to show its items beside the answers). */
	@Transactional(readOnly = true)
	public Instrument instrumentOf(long recordId, long administrationId) {
		Result r = rows.findByIdAndRecordId(administrationId, recordId).map(Administration::result)
			.orElseThrow(() -> new NotFoundException("administration " + administrationId));
		return library.get(r.instrumentCode(), r.instrumentVersion());
	}
}
