package dz.sanad.activities;

import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.organisation.UnitKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/** The national-scale benchmark volume of activities and registrations. */
@Component
class ActivitiesBulkData {

	private static final Logger log = LoggerFactory.getLogger(ActivitiesBulkData.class);

	private final Organisation organisation;

	private final JdbcClient jdbc;

	ActivitiesBulkData(Organisation organisation, JdbcClient jdbc) {
		this.organisation = organisation;
		this.jdbc = jdbc;
	}

	/**
	 * The benchmark's volume: activities at every establishment and {@code total} registrations, written with bulk
	 * SQL (minutes through the service, seconds this way). Participants are synthetic (member ids from 10,000,000),
	 * names and birth dates spread so pyramids and searches look real; counters are set to match.
	 */
	void bulkRegistrations(int total) {
		List<Unit> units = organisation.activeOfKinds(UnitKind.ESTABLISHMENTS);
		String values = units.stream().map(u -> "(" + u.getId() + ",'" + u.getWilayaCode() + "')")
			.collect(Collectors.joining(","));
		int perUnit = 20;
		jdbc.sql("""
				insert into activities_activity (unit_id, wilaya_code, title_ar, title_fr, category, for_members,
				  for_spouses, for_children, min_age, max_age, capacity, day_of_week, start_time, duration_minutes,
				  start_date, end_date, status)
				select u.id, u.w, 'نشاط رقم ' || g, 'Activité n° ' || g,
				  (array['CULTURAL','SPORTS','EDUCATIONAL','SOCIAL_INTEGRATION'])[1 + g %% 4], true, true, true, 4, 17,
				  180, 1 + g %% 7, time '16:00', 90, current_date - 90 + g, current_date + 120, 'PUBLISHED'
				from (values %s) u(id, w), generate_series(1, %d) g""".formatted(values, perUnit)).update();
		int activitiesCount = units.size() * perUnit;
		int per = (total + activitiesCount - 1) / activitiesCount;
		jdbc.sql("""
				insert into activities_registration (activity_id, unit_id, member_id, family_member_id, relation,
				  participant_name_ar, participant_name_lat, birth_date, sex, status, registered_by, registered_at)
				select a.id, a.unit_id, 10000000 + (a.id * %1$d + s) / 3, 10000000 + a.id * %1$d + s, 'CHILD',
				  (array['ياسين','مريم','عمر','أمينة','يوسف','سارة'])[1 + s %% 6] || ' ' ||
				    (array['بن علي','حداد','سعيدي','بلقاسم','مزيان'])[1 + ((a.id + s) %% 5)::int],
				  (array['Yacine','Meriem','Omar','Amina','Youcef','Sarah'])[1 + s %% 6] || ' ' ||
				    (array['BENALI','HADDAD','SAIDI','BELKACEM','MEZIANE'])[1 + ((a.id + s) %% 5)::int],
				  current_date - (1500 + (a.id * 37 + s * 101) %% 4700)::int, case when s %% 2 = 0 then 'M' else 'F' end,
				  case when s <= a.capacity then 'CONFIRMED' else 'WAITING' end, 'bench',
				  now() - ((a.id + s * 7) %% 330) * interval '1 day'
				from activities_activity a, generate_series(1, %1$d) s
				where a.title_fr like 'Activité n° %%' and a.confirmed_count = 0 and a.waiting_count = 0""".formatted(per))
			.update();
		jdbc.sql("""
				update activities_activity a set confirmed_count = least(%1$d, capacity),
				  waiting_count = greatest(0, %1$d - capacity) where a.title_fr like 'Activité n° %%'""".formatted(per)).update();
		jdbc.sql("analyze activities_registration").update();
		jdbc.sql("analyze activities_activity").update();
		log.info("Bulk activities data: {} activities, {} registrations", activitiesCount, (long) per * activitiesCount);
	}
}
