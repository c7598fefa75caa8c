package dz.sanad.holidays;

import dz.sanad.people.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The right of access lists the holiday applications made for the member or for one of their children. */
@Component
class HolidaysPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	HolidaysPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String sectionKey() {
		return "holidays.access.section";
	}

	@Override
	public List<Map<String, Object>> recordsFor(Long memberId, Long familyMemberId) {
		return jdbc.sql("""
				select s.year, s.name_ar, s.name_fr, a.kind, a.status, a.fit, a.medical_notes, a.emergency_name1,
				       a.emergency_phone1, a.emergency_name2, a.emergency_phone2, a.contact_email, a.created_at,
				       o.site_name_ar, o.site_name_fr, sh.label, a.appeal_text, a.appeal_answer
				from holiday_application a join holiday_season s on s.id = a.season_id
				left join holiday_shift sh on sh.id = a.placed_shift_id
				left join holiday_offer o on o.id = sh.offer_id
				where a.member_id = ? and (cast(? as bigint) is null or a.child_id = ?)
				order by a.created_at desc""")
			.params(memberId, familyMemberId, familyMemberId).query((rs, i) -> {
				Map<String, Object> r = new LinkedHashMap<>();
				r.put("season", rs.getInt("year") + " — " + rs.getString("name_ar") + " / " + rs.getString("name_fr"));
				r.put("offerKind", OfferKind.valueOf(rs.getString("kind")));
				r.put("applicationStatus", ApplicationStatus.valueOf(rs.getString("status")));
				r.put("placedAt", rs.getString("site_name_ar") == null ? null
						: rs.getString("site_name_ar") + " / " + rs.getString("site_name_fr") + " (" + rs.getString("label") + ")");
				r.put("fit", rs.getBoolean("fit"));
				r.put("medicalNotes", rs.getString("medical_notes"));
				r.put("emergencyContact1", rs.getString("emergency_name1") + " " + rs.getString("emergency_phone1"));
				r.put("emergencyContact2", rs.getString("emergency_name2") == null ? null
						: rs.getString("emergency_name2") + " " + rs.getString("emergency_phone2"));
				r.put("email", rs.getString("contact_email"));
				r.put("appeal", rs.getString("appeal_text"));
				r.put("appealAnswer", rs.getString("appeal_answer"));
				r.put("appliedAt", rs.getTimestamp("created_at").toInstant());
				return r;
			}).list();
	}
}
