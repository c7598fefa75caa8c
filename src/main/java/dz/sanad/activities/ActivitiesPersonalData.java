package dz.sanad.activities;

import dz.sanad.people.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The right of access lists the activity registrations and child-care applications of the member and family. */
@Component
class ActivitiesPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	ActivitiesPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String sectionKey() {
		return "act.access.section";
	}

	@Override
	public List<Map<String, Object>> recordsFor(Long memberId, Long familyMemberId) {
		List<Map<String, Object>> out = new ArrayList<>(jdbc.sql("""
				select a.title_ar, a.title_fr, r.participant_name_ar, r.status, r.registered_at, r.rating
				from activities_registration r join activities_activity a on a.id = r.activity_id
				where r.member_id = ? and (cast(? as bigint) is null or r.family_member_id = ?)
				order by r.registered_at desc""")
			.params(memberId, familyMemberId, familyMemberId).query((rs, i) -> {
				Map<String, Object> r = new LinkedHashMap<>();
				r.put("activity", rs.getString("title_ar") + " — " + rs.getString("title_fr"));
				r.put("participant", rs.getString("participant_name_ar"));
				r.put("registrationStatus", RegistrationStatus.valueOf(rs.getString("status")));
				r.put("registeredAt", rs.getTimestamp("registered_at").toInstant());
				r.put("rating", rs.getObject("rating"));
				return r;
			}).list());
		out.addAll(jdbc.sql("""
				select g.name, c.child_name_ar, c.status, c.submitted_at, c.enrolled_on, c.left_on
				from activities_care_application c join activities_care_group g on g.id = c.group_id
				where c.member_id = ? and (cast(? as bigint) is null or c.family_member_id = ?)
				order by c.submitted_at desc""")
			.params(memberId, familyMemberId, familyMemberId).query((rs, i) -> {
				Map<String, Object> r = new LinkedHashMap<>();
				r.put("careGroup", rs.getString("name"));
				r.put("participant", rs.getString("child_name_ar"));
				r.put("careStatus", CareApplication.Status.valueOf(rs.getString("status")));
				r.put("submittedAt", rs.getTimestamp("submitted_at").toInstant());
				r.put("enrolledOn", rs.getDate("enrolled_on") == null ? null : rs.getDate("enrolled_on").toLocalDate());
				r.put("leftOn", rs.getDate("left_on") == null ? null : rs.getDate("left_on").toLocalDate());
				return r;
			}).list());
		return out;
	}
}
