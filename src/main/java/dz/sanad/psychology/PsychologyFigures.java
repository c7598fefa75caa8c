package dz.sanad.psychology;

import dz.sanad.platform.Formats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The psychology aggregates the committee may read: raw counts per year over the records whose person gave the
 * anonymous-statistics consent (sessions held by kind, referrals out by target, records by entry route). The raw
 * counts are for a disclosure engine to wire; readers get them through {@link #suppressed}: any cell under
 * {@link #THRESHOLD} reads "&lt;10", and when a group hides exactly one cell the next smallest is hidden too, so a
 * total cannot give it away.
 */
@Service
public class PsychologyFigures {

	public static final int THRESHOLD = 10;

	public static final String HIDDEN = "<" + THRESHOLD;

	private final JdbcClient jdbc;

	PsychologyFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<Session.Kind, Long> sessionsHeld(int year) {
		return counts(Session.Kind.class, """
				select a.kind, count(*) from psy_appointment a join psy_case c on c.id = a.case_id
				where c.stats_consent and a.status = 'HELD' and a.starts_at >= ? and a.starts_at < ? group by a.kind""",
				year, Session.Kind::valueOf);
	}

	public Map<ReferralTarget, Long> referrals(int year) {
		return counts(ReferralTarget.class, """
				select r.target, count(*) from psy_referral r join psy_case c on c.id = r.case_id
				where c.stats_consent and r.created_at >= ? and r.created_at < ? group by r.target""",
				year, ReferralTarget::valueOf);
	}

	public Map<Route, Long> records(int year) {
		return counts(Route.class, """
				select c.route, count(*) from psy_case c
				where c.stats_consent and c.opened_at >= ? and c.opened_at < ? group by c.route""",
				year, Route::valueOf);
	}

	/** A group's cells as readers see them: the count, or "&lt;10" (with the complementary cell hidden too). */
	public static <K> Map<K, Object> suppressed(Map<K, Long> group) {
		Map<K, Object> shown = new LinkedHashMap<>();
		List<K> hidden = group.entrySet().stream().filter(e -> e.getValue() > 0 && e.getValue() < THRESHOLD)
			.map(Map.Entry::getKey).toList();
		K complementary = null;
		if (hidden.size() == 1) {
			complementary = group.entrySet().stream().filter(e -> e.getValue() >= THRESHOLD)
				.min(Comparator.comparingLong(Map.Entry::getValue)).map(Map.Entry::getKey).orElse(null);
		}
		for (Map.Entry<K, Long> e : group.entrySet()) {
			boolean hide = hidden.contains(e.getKey()) || e.getKey().equals(complementary);
			shown.put(e.getKey(), hide ? HIDDEN : e.getValue());
		}
		return shown;
	}

	/** A total as readers see it: hidden under the threshold. */
	public static Object total(Map<?, Long> group) {
		long sum = group.values().stream().mapToLong(Long::longValue).sum();
		return sum > 0 && sum < THRESHOLD ? HIDDEN : sum;
	}

	private <K extends Enum<K>> Map<K, Long> counts(Class<K> keys, String sql, int year, Function<String, K> key) {
		Map<K, Long> m = new EnumMap<>(keys);
		for (K k : keys.getEnumConstants()) {
			m.put(k, 0L);
		}
		Timestamp from = Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(Formats.ZONE).toInstant());
		Timestamp to = Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(Formats.ZONE).toInstant());
		jdbc.sql(sql).params(from, to).query((rs, i) -> Map.entry(key.apply(rs.getString(1)), rs.getLong(2))).list()
			.forEach(e -> m.put(e.getKey(), e.getValue()));
		return m;
	}
}
