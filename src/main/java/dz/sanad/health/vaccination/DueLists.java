package dz.sanad.health.vaccination;

import dz.sanad.platform.Dates;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A centre's due and overdue lists (OpenSRP's registers): the open doses of the children of the families it
 * serves, by status on today's date, with counts per status, filtered by antigen and birth year, paged and
 * exported. Read from the stored schedules by due-date range (the statuses are date ranges), so a centre's list
 * stays fast at national scale.
 */
@Service
@Transactional(readOnly = true)
public class DueLists {

	/** The list's filter: a status (due by default), an antigen series, a birth year. */
	public record Filter(DoseStatus status, String antigen, Integer birthYear) implements Serializable {

		public DoseStatus statusOrDue() {
			return status == null || !status.open() ? DoseStatus.DUE : status;
		}

		public String antigenOrNull() {
			return antigen == null || antigen.isBlank() ? null : antigen.trim();
		}
	}

	/** One open dose of a child. */
	public record Row(long childId, long memberId, String antigen, int doseNo, long doseId, LocalDate due,
			LocalDate earliest, boolean refused, LocalDate birth) implements Serializable {
	}

	private static final String FROM = """
			from vaccination_due d join vaccination_child c on c.family_member_id = d.family_member_id
			where not d.done and d.wilaya_code = :w and d.due_date between :a and :b
			  and (cast(:antigen as varchar) is null or d.antigen = :antigen)
			  and (cast(:y as integer) is null or (c.birth_date >= make_date(cast(:y as integer), 1, 1)
			    and c.birth_date < make_date(cast(:y as integer) + 1, 1, 1)))""";

	private final JdbcClient jdbc;

	private final Schedules schedules;

	DueLists(JdbcClient jdbc, Schedules schedules) {
		this.jdbc = jdbc;
		this.schedules = schedules;
	}

	public Thresholds thresholds() {
		return schedules.thresholds();
	}

	public Page<Row> page(String wilaya, Filter f, Pageable pageable) {
		LocalDate[] range = schedules.thresholds().dueDates(f.statusOrDue(), Dates.today());
		List<Row> rows = query(wilaya, f, range, "order by d.due_date, d.family_member_id, d.antigen, d.dose_no "
				+ "limit :limit offset :offset", pageable.getPageSize(), pageable.getOffset()).toList();
		return new PageImpl<>(rows, pageable, count(wilaya, f, f.statusOrDue()));
	}

	/** Every row of the filter, for the export (streamed). */
	public Stream<Row> all(String wilaya, Filter f) {
		LocalDate[] range = schedules.thresholds().dueDates(f.statusOrDue(), Dates.today());
		return query(wilaya, f, range, "order by d.due_date, d.family_member_id, d.antigen, d.dose_no "
				+ "limit :limit offset :offset", 100_000, 0);
	}

	/** How many open doses have each listed status, under the same antigen and birth-year filter. */
	public Map<DoseStatus, Long> counts(String wilaya, Filter f) {
		Map<DoseStatus, Long> counts = new EnumMap<>(DoseStatus.class);
		for (DoseStatus s : DoseStatus.LISTED) {
			counts.put(s, count(wilaya, f, s));
		}
		return counts;
	}

	private long count(String wilaya, Filter f, DoseStatus status) {
		LocalDate[] range = schedules.thresholds().dueDates(status, Dates.today());
		return jdbc.sql("select count(*) " + FROM).param("w", wilaya).param("a", range[0]).param("b", range[1])
			.param("antigen", f.antigenOrNull()).param("y", f.birthYear()).query(Long.class).single();
	}

	private Stream<Row> query(String wilaya, Filter f, LocalDate[] range, String tail, int limit, long offset) {
		return jdbc.sql("""
				select d.family_member_id, d.member_id, d.antigen, d.dose_no, d.dose_id, d.due_date, d.earliest_date,
				  d.refused, c.birth_date""" + " " + FROM + " " + tail)
			.param("w", wilaya).param("a", range[0]).param("b", range[1]).param("antigen", f.antigenOrNull())
			.param("y", f.birthYear()).param("limit", limit).param("offset", offset)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getLong(5),
					rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getBoolean(8),
					rs.getObject(9, LocalDate.class)))
			.list().stream();
	}
}
