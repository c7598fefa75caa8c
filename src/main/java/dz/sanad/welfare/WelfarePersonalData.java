package dz.sanad.welfare;

import dz.sanad.people.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The right of access lists the member's concerns (those about one of their family when asked for that person):
 * what they wrote, where it stands, the last decision, how often staff opened it and the records it is linked to.
 * A pseudonymous concern is tied to nobody, so it appears only once its author has revealed themself.
 */
@Component
class WelfarePersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	WelfarePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String sectionKey() {
		return "welfare.access.section";
	}

	@Override
	public List<Map<String, Object>> recordsFor(Long memberId, Long familyMemberId) {
		return jdbc.sql("""
				select c.reference, k.name_ar, k.name_fr, c.subject, c.description, c.outcome_asked, c.state,
				       c.confidentiality, c.submitted_at, c.rating,
				       (select d.outcome || ' ' || d.decided_on from case_decision d where d.case_type = 'welfare-concern'
				        and d.case_id = c.id order by d.id desc limit 1) as decision,
				       (select count(*) from welfare_read r where r.concern_id = c.id) as openings,
				       (select string_agg(l.kind || ' ' || l.record_id, ', ') from welfare_link l
				        where l.concern_id = c.id) as links
				from welfare_concern c join welfare_category k on k.code = c.category_code
				where c.member_id = ? and (cast(? as bigint) is null or c.family_member_id = ?)
				order by c.submitted_at desc""")
			.params(memberId, familyMemberId, familyMemberId).query((rs, i) -> {
				Map<String, Object> r = new LinkedHashMap<>();
				r.put("concernReference", rs.getString("reference"));
				r.put("concernCategory", rs.getString("name_ar") + " / " + rs.getString("name_fr"));
				r.put("concernSubject", rs.getString("subject"));
				r.put("concernDescription", rs.getString("description"));
				r.put("concernOutcomeAsked", rs.getString("outcome_asked"));
				r.put("concernState", ConcernState.valueOf(rs.getString("state")));
				r.put("concernConfidentiality", Confidentiality.valueOf(rs.getString("confidentiality")));
				r.put("submittedAt", rs.getTimestamp("submitted_at").toInstant());
				r.put("concernDecision", rs.getString("decision"));
				r.put("rating", rs.getObject("rating") == null ? null : rs.getInt("rating"));
				r.put("concernOpenings", rs.getLong("openings"));
				r.put("concernLinks", rs.getString("links"));
				return r;
			}).list();
	}
}
