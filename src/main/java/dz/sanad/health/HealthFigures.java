package dz.sanad.health;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * The family-health indicators the steering module reads: aggregates only, never a person. A count below
 * {@link #THRESHOLD} is suppressed (shown as "&lt;10", never as 0 nor as its value), so that a small wilaya's figure
 * does not point at a family. Campaign figures per campaign, activity per wilaya and period.
 */
@Service
@Transactional(readOnly = true)
public class HealthFigures {

	public static final int THRESHOLD = 10;

	/** A count as it may be published: {@code value} is null when suppressed. */
	public record Figure(Long value, boolean suppressed) {

		static Figure of(long n) {
			return n < THRESHOLD ? new Figure(null, true) : new Figure(n, false);
		}

		public String display() {
			return suppressed ? "<" + THRESHOLD : String.valueOf(value);
		}
	}

	public record CampaignFigures(long campaignId, String name, String theme, LocalDate startsOn, String wilayaCode,
			Figure invited, Figure participated, Figure followUps, Double participationRate) {
	}

	public record Activity(String wilayaCode, Figure visits, Figure appointments, Figure missed, Figure referrals,
			Figure chronicFollowed) {
	}

	private final JdbcClient jdbc;

	HealthFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** HealthCampaigns started in the period; the participation rate only when both counts are publishable. */
	public List<CampaignFigures> campaigns(LocalDate from, LocalDate to) {
		return jdbc.sql(HealthCampaigns.SELECT + " where c.starts_on between ? and ? order by c.starts_on, c.id")
			.params(from, to).query(HealthCampaigns::row).list().stream().map(c -> {
				Figure inv = Figure.of(c.invited());
				Figure part = Figure.of(c.participated());
				Double rate = inv.suppressed() || part.suppressed() ? null
						: Math.round(1000.0 * c.participated() / c.invited()) / 10.0;
				return new CampaignFigures(c.id(), c.name(), c.theme().name(), c.startsOn(), c.wilayaCode(), inv, part,
						Figure.of(c.followUps()), rate);
			}).toList();
	}

	/** Activity per wilaya over the period: visits, appointments, missed ones, referrals, people in chronic care. */
	public List<Activity> activity(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select w.code,
				  (select count(*) from health_visit v join health_record r on r.id = v.record_id
				    where r.wilaya_code = w.code and v.visited_on between :from and :to),
				  (select count(*) from health_appointment a join health_record r on r.id = a.record_id
				    where r.wilaya_code = w.code and (a.starts_at at time zone 'Africa/Algiers')::date between :from and :to),
				  (select count(*) from health_appointment a join health_record r on r.id = a.record_id
				    where r.wilaya_code = w.code and a.status = 'MISSED'
				      and (a.starts_at at time zone 'Africa/Algiers')::date between :from and :to),
				  (select count(*) from health_referral f join health_record r on r.id = f.record_id
				    where r.wilaya_code = w.code and (f.requested_at at time zone 'Africa/Algiers')::date between :from and :to),
				  (select count(distinct p.record_id) from health_problem p join health_problem_code k on k.code = p.code
				    join health_record r on r.id = p.record_id
				    where r.wilaya_code = w.code and p.status <> 'RESOLVED' and k.chronic_group is not null)
				from (select distinct wilaya_code code from health_record) w order by w.code""")
			.param("from", from).param("to", to)
			.query((rs, n) -> new Activity(rs.getString(1), Figure.of(rs.getLong(2)), Figure.of(rs.getLong(3)),
					Figure.of(rs.getLong(4)), Figure.of(rs.getLong(5)), Figure.of(rs.getLong(6))))
			.list();
	}
}
