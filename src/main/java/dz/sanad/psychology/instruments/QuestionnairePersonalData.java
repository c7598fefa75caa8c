package dz.sanad.psychology.instruments;

import dz.sanad.people.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The right of access lists the questionnaires the person answered within their psychological records: which, when
 * and the score. The item-by-item answers stay with the psychologist, who goes through them with the person (as the
 * record's notes do).
 */
@Component
class QuestionnairePersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	private final InstrumentLibrary library;

	QuestionnairePersonalData(JdbcClient jdbc, InstrumentLibrary library) {
		this.jdbc = jdbc;
		this.library = library;
	}

	@Override
	public String sectionKey() {
		return "instruments.access.section";
	}

	@Override
	public List<Map<String, Object>> recordsFor(Long memberId, Long familyMemberId) {
		String who = familyMemberId == null ? "c.member_id = ? and c.family_member_id is null" : "c.family_member_id = ?";
		return jdbc.sql("select c.reference, a.instrument_code, a.instrument_version, a.administered_at, a.total "
				+ "from psy_administration a join psy_case c on c.id = a.record_id where " + who
				+ " order by a.administered_at desc, a.id desc")
			.param(familyMemberId == null ? memberId : familyMemberId).query((rs, i) -> {
				Instrument instrument = library.get(rs.getString("instrument_code"), rs.getInt("instrument_version"));
				Map<String, Object> r = new LinkedHashMap<>();
				r.put("psyRecord", rs.getString("reference"));
				r.put("psyQuestionnaire", instrument.code() + " v" + instrument.version());
				r.put("psyQuestionnaireAt", rs.getTimestamp("administered_at").toInstant());
				r.put("psyQuestionnaireScore", rs.getInt("total") + " / " + instrument.maxTotal());
				return r;
			}).list();
	}
}
