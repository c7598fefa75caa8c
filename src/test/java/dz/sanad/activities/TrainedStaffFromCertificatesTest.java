package dz.sanad.activities;

import dz.sanad.people.Member;
import dz.sanad.people.MemberFunction;
import dz.sanad.people.Members;
import dz.sanad.platform.SanadUser;
import dz.sanad.support.IntegrationTest;
import dz.sanad.training.AttendanceStatus;
import dz.sanad.training.Catalogue;
import dz.sanad.training.Certificate;
import dz.sanad.training.Delivery;
import dz.sanad.training.Programme;
import dz.sanad.training.ProgrammeModule;
import dz.sanad.training.ProgrammeType;
import dz.sanad.training.Room;
import dz.sanad.training.Session;
import dz.sanad.training.TrainingCertificates;
import dz.sanad.training.TrainingNominations;
import dz.sanad.training.TrainingSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dz.sanad.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An establishment's trained staff come from the training module's certificates, through events delivered after
 * commit: an issued certificate lists its holder on their establishment's programme, a revocation marks the row, and
 * a re-delivered event changes nothing.
 */
@IntegrationTest
class TrainedStaffFromCertificatesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Members members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TrainingSessions sessions;

	@Autowired
	TrainingNominations nominations;

	@Autowired
	Delivery delivery;

	@Autowired
	TrainingCertificates certificates;

	@Autowired
	ProgrammeService programmes;

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	void actAs(String username) {
		SanadUser u = (SanadUser) users.loadUserByUsername(username);
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(u, null,
				u.getAuthorities()));
	}

	@Test
	void certificatesListAndUnlistTheEstablishmentsTrainedStaff() throws Exception {
		Long centre = jdbc.sql("select id from organisation_unit where kind = 'CULTURAL_CENTRE' and active order by id limit 1")
			.query(Long.class).single();
		long tag = System.nanoTime() % 1_000_000;
		Member m = new Member("EVT-" + tag, "سليمة", "بن علي", "F", "16");
		m.setFirstNameLat("Salima");
		m.setLastNameLat("Benali" + tag);
		m.setFunction(MemberFunction.EDUCATOR);
		m.setUnitId(centre);
		Long mid = members.save(m).getId();

		// a session that ended some weeks ago, which the member completed
		Session s = closedSessionCompletedBy(mid);
		int year = s.getEndDate().getYear();
		Long programmeId = programmeOf(centre, year);
		assertThat(programmes.trainedStaff(programmeId)).noneMatch(t -> t.getMemberId().equals(mid));

		actAs("ministry");
		List<Certificate> issued = certificates.issue(s.getId());
		assertThat(issued).hasSize(1);
		Certificate c = issued.get(0);

		// the listener runs after the commit, asynchronously
		await().atMost(Duration.ofSeconds(30)).until(() -> row(programmeId, mid) != null);
		TrainedStaff listed = row(programmeId, mid);
		assertThat(listed.getCertificateId()).isEqualTo(c.getId());
		assertThat(listed.getTrainingRef()).isEqualTo(c.getSerial());
		assertThat(listed.getTrainedOn()).isEqualTo(s.getEndDate());
		assertThat(listed.getFunctionCode()).isEqualTo("EDUCATOR");
		assertThat(listed.isTrained()).isTrue();
		mvc.perform(get("/api/activities/programmes/" + programmeId + "/staff").with(as(users, "dgsn")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.memberId == " + mid + ")].trainingRef").value(c.getSerial()));
		mvc.perform(get("/activities/programmes/" + programmeId).with(as(users, "dgsn")).param("lang", "fr"))
			.andExpect(status().isOk()).andExpect(content().string(containsString(c.getSerial())));

		// the same event delivered again: no new row, no change, nothing more in the audit trail
		int audited = auditCount(listed.getId());
		assertThat(programmes.certificateIssued(c.getId(), mid, c.getSerial(), c.getEndDate())).isFalse();
		assertThat(rows(programmeId, mid)).isEqualTo(1);
		assertThat(auditCount(listed.getId())).isEqualTo(audited);

		// revoked: the row stays as history, marked, and no longer counts as trained
		actAs("ministry");
		certificates.revoke(c.getId(), "Fraude à l'évaluation");
		await().atMost(Duration.ofSeconds(30)).until(() -> !row(programmeId, mid).isTrained());
		TrainedStaff revoked = row(programmeId, mid);
		assertThat(revoked.getRevokedReason()).isEqualTo("Fraude à l'évaluation");
		assertThat(revoked.getRevokedAt()).isNotNull();
		mvc.perform(get("/activities/programmes/" + programmeId).with(as(users, "dgsn")).param("lang", "fr"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Attestation révoquée")));
		int afterRevoke = auditCount(listed.getId());
		assertThat(programmes.certificateRevoked(c.getId(), "Fraude à l'évaluation")).isZero();
		assertThat(auditCount(listed.getId())).isEqualTo(afterRevoke);
		assertThat(row(programmeId, mid).getRevokedAt()).isEqualTo(revoked.getRevokedAt());
	}

	@Test
	void theBackgroundBatchListsTheStaffToo() {
		Long centre = jdbc.sql("select id from organisation_unit where kind = 'CULTURAL_CENTRE' and active order by id limit 1")
			.query(Long.class).single();
		long tag = System.nanoTime() % 1_000_000;
		Member m = new Member("EVB-" + tag, "كريم", "بوزيد", "M", "16");
		m.setFunction(MemberFunction.EDUCATOR);
		m.setUnitId(centre);
		Long mid = members.save(m).getId();
		Session s = closedSessionCompletedBy(mid);
		Long programmeId = programmeOf(centre, s.getEndDate().getYear());

		actAs("ministry");
		certificates.startBatch(s.getId());
		await().atMost(Duration.ofSeconds(60)).until(() -> row(programmeId, mid) != null);
		String serial = certificates.ofSession(s.getId()).get(0).getSerial();
		assertThat(row(programmeId, mid).getTrainingRef()).isEqualTo(serial);
	}

	private TrainedStaff row(Long programmeId, Long memberId) {
		actAs("dgsn");
		return programmes.trainedStaff(programmeId).stream().filter(t -> t.getMemberId().equals(memberId)).findFirst()
			.orElse(null);
	}

	private int rows(Long programmeId, Long memberId) {
		return jdbc.sql("select count(*) from activities_programme_staff where programme_id = ? and member_id = ?")
			.params(programmeId, memberId).query(Integer.class).single();
	}

	private int auditCount(Long staffId) {
		return jdbc.sql("select count(*) from audit_entry where entity_type = 'trained-staff' and entity_id = ?")
			.param(String.valueOf(staffId)).query(Integer.class).single();
	}

	/** The establishment's programme of that year (the demo may have one already). */
	private Long programmeOf(Long unitId, int year) {
		actAs("dgsn");
		return jdbc.sql("select id from activities_programme where unit_id = ? and year = ?").params(unitId, year)
			.query(Long.class).optional()
			.orElseGet(() -> programmes.createProgramme(unitId, year, "Programme annuel " + year, null).getId());
	}

	private Session closedSessionCompletedBy(Long memberId) {
		actAs("ministry");
		Long birkhadem = jdbc.sql("select id from organisation_unit where code = 'CNFPS-BIRKHADEM'").query(Long.class)
			.single();
		long tag = System.nanoTime() % 1_000_000;
		Programme p = catalogue.saveProgramme(null, new Catalogue.ProgrammeForm("EVT-PRG-" + tag, "برنامج تجريبي",
				"Programme d'essai", null, null, ProgrammeType.QUALIFYING, catalogue.domains().get(0).getId(), Set.of(),
				null, Set.of()));
		catalogue.addModule(p.getId(), "مقياس أول", "Premier module", 10);
		Room room = catalogue.addRoom((SanadUser) users.loadUserByUsername("ministry"), birkhadem, "EVT-Room-" + tag, 40);
		LocalDate start = LocalDate.now().minusWeeks(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
		Session s = sessions.create(new TrainingSessions.SessionForm("EVT-S-" + tag, p.getId(), birkhadem, room.getId(),
				start, start.plusDays(4), 5));
		sessions.move(s.getId(), TrainingSessions.Move.OPEN, null);
		actAs("dgsn");
		Long id = nominations.nominate(s.getId(), memberId).getId();
		actAs("ministry");
		nominations.accept(id);
		sessions.move(s.getId(), TrainingSessions.Move.CONFIRM, null);
		sessions.move(s.getId(), TrainingSessions.Move.START, null);
		for (LocalDate day : sessions.get(s.getId()).days()) {
			delivery.recordAttendance(s.getId(), day, Map.of(id, Map.of("AM", AttendanceStatus.PRESENT, "PM",
					AttendanceStatus.PRESENT)));
		}
		for (ProgrammeModule module : catalogue.modules(p.getId())) {
			delivery.recordScores(s.getId(), module.getId(), Map.of(id, new Delivery.Scores(8.0, 13.0)));
		}
		sessions.move(s.getId(), TrainingSessions.Move.CLOSE, null);
		return sessions.get(s.getId());
	}
}
