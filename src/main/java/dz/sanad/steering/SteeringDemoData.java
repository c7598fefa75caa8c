package dz.sanad.steering;

import dz.sanad.platform.Dates;
import dz.sanad.platform.DemoDataContributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The committee as the demo accounts form it (two co-chairs, one ordinary member), the signed text approved by
 * both, and a first meeting held with a decision and an action now overdue, owned by the ordinary member. The
 * agreement, its framework and targets are reference data (migration V701); indicators are computed from the
 * modules' own demo data, at either scale.
 */
@Component
class SteeringDemoData implements DemoDataContributor {

	private final JdbcClient jdbc;

	SteeringDemoData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "steering";
	}

	@Override
	public int order() {
		return 75;
	}

	@Override
	@Transactional
	public void seed(Scale scale) {
		jdbc.sql("""
				insert into steering_member (username, party_code, role_ar, role_fr, co_chair, email) values
				('cochair.ministry', 'MINISTRY', 'الرئيس المشارك عن الوزارة', 'Coprésident pour le ministère', true, 'cochair.ministry@sanad.local'),
				('cochair.dgsn', 'DGSN', 'الرئيس المشارك عن المديرية العامة للأمن الوطني', 'Coprésident pour la DGSN', true, 'cochair.dgsn@sanad.local'),
				('committee', 'DGSN', 'أمانة اللجنة', 'Secrétariat du comité', false, 'committee@sanad.local')""").update();
		var v = jdbc.sql("select id, number, effective_on, content_ar, content_fr from steering_version where number = 1")
			.query((rs, i) -> new Object[] { rs.getLong(1), Agreements.hash(rs.getInt(2), rs.getDate(3).toLocalDate(),
					rs.getString(4), rs.getString(5)) })
			.single();
		for (String[] chair : new String[][] { { "MINISTRY", "cochair.ministry" }, { "DGSN", "cochair.dgsn" } }) {
			jdbc.sql("insert into steering_version_approval (version_id, party_code, username, content_hash) values (?, ?, ?, ?)")
				.param(v[0]).param(chair[0]).param(chair[1]).param(v[1]).update();
		}
		LocalDate today = Dates.today();
		LocalDate held = today.minusDays(40);
		var at = held.atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Africa/Algiers")).toOffsetDateTime();
		Long meeting = jdbc.sql("""
				insert into steering_meeting (year, number, kind, scheduled_at, place, status, convened_at, minutes)
				values (?, 1, 'ORDINARY', ?, 'CNFPS Birkhadem', 'CLOSED', ?, ?) returning id""")
			.param(held.getYear()).param(at).param(at.minusDays(10))
			.param("Réunion d'installation du comité mixte de suivi. — اجتماع تنصيب لجنة المتابعة المشتركة.")
			.query(Long.class).single();
		for (String u : new String[] { "cochair.ministry", "cochair.dgsn", "committee" }) {
			jdbc.sql("insert into steering_attendance (meeting_id, username, present) values (?, ?, true)")
				.param(meeting).param(u).update();
		}
		Long item = jdbc.sql("""
				insert into steering_agenda_item (meeting_id, position, title, article_id)
				select ?, 1, 'Plan de formation 2026 — مخطط التكوين 2026', id from steering_article where number = 4
				returning id""").param(meeting).query(Long.class).single();
		jdbc.sql("""
				insert into steering_outcome (item_id, kind, text, decision_year, decision_number, created_by)
				values (?, 'DECISION', 'Le plan de formation 2026 est adopté. — اعتماد مخطط التكوين لسنة 2026.', ?, 1, 'cochair.ministry')""")
			.param(item).param(held.getYear()).update();
		jdbc.sql("""
				insert into steering_outcome (item_id, kind, text, owner_username, due_on, status, created_by)
				values (?, 'ACTION', 'Transmettre les quotas de désignation par wilaya. — إرسال حصص الترشيح حسب الولاية.', 'committee', ?, 'OPEN', 'cochair.dgsn')""")
			.param(item).param(today.minusDays(5)).update();
	}
}
