package dz.sanad.holidays;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dz.sanad.organisation.Organisation;
import dz.sanad.people.People;
import dz.sanad.platform.SanadUser;
import dz.sanad.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A withdrawal promotes the next on the waiting list, who is told by email once the change is committed. */
@IntegrationTest
class PlacesMailTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	HolidayAllocation holidayAllocation;

	@Autowired
	HolidayApplications holidayApplications;

	@Autowired
	HolidayOffers holidayOffers;

	@Autowired
	HolidayPlaces holidayPlaces;

	@Autowired
	HolidaySeasons holidaySeasons;

	@Autowired
	AllocationJob job;

	@Autowired
	People people;

	@Autowired
	Organisation organisation;

	@Autowired
	UserDetailsService users;

	@Autowired
	JavaMailSenderImpl sender;

	@BeforeEach
	void pointTheMailerAtGreenMail() {
		sender.setHost("127.0.0.1");
		sender.setPort(mail.getSmtp().getPort());
	}

	@Test
	void promotionFromTheWaitingListIsMailedAfterCommit() throws Exception {
		SanadUser dgsn = (SanadUser) users.loadUserByUsername("dgsn");
		Fixture f = Fixture.open(holidaySeasons, holidayOffers, organisation.findByCode("CV-35-1").orElseThrow().getId(), 1);
		List<Application> apps = f.applyMany(holidayApplications, people, dgsn, 3, "parent@example.dz");
		holidaySeasons.closeSeason(f.season.getId());
		job.execute(holidayAllocation.startAllocation(dgsn, f.season.getId()).getId(), f.season.getId());
		Application placed = apps.stream().map(a -> holidayApplications.application(a.getId()))
			.filter(a -> a.getStatus() == ApplicationStatus.PLACED).findFirst().orElseThrow();
		Application next = apps.stream().map(a -> holidayApplications.application(a.getId()))
			.filter(a -> a.getStatus() == ApplicationStatus.WAITING).min(java.util.Comparator.comparing(Application::getRank))
			.orElseThrow();
		holidayPlaces.withdraw(dgsn, placed.getId());

		assertThat(holidayApplications.application(next.getId()).getStatus()).isEqualTo(ApplicationStatus.PLACED);
		MimeMessage m = null;
		for (int i = 0; i < 200 && m == null; i++) { // the mail goes out after commit, in the background
			for (MimeMessage x : mail.getReceivedMessages()) {
				if (GreenMailUtil.getBody(x).contains("R=C3=A9f. " + next.getId())
						|| GreenMailUtil.getBody(x).contains("Réf. " + next.getId())) {
					m = x;
				}
			}
			Thread.sleep(100);
		}
		assertThat(m).as("email for application %s", next.getId()).isNotNull();
		assertThat(m.getAllRecipients()[0].toString()).isEqualTo("parent@example.dz");
		assertThat(m.getSubject()).contains("Sanad");
	}

	@Test
	void aMailFailureIsLoggedAndNeverUndoesThePromotion() {
		SanadUser dgsn = (SanadUser) users.loadUserByUsername("dgsn");
		sender.setPort(1); // nobody listens there
		Fixture f = Fixture.open(holidaySeasons, holidayOffers, organisation.findByCode("CV-35-1").orElseThrow().getId(), 1);
		List<Application> apps = f.applyMany(holidayApplications, people, dgsn, 2, "parent@example.dz");
		holidaySeasons.closeSeason(f.season.getId());
		job.execute(holidayAllocation.startAllocation(dgsn, f.season.getId()).getId(), f.season.getId());
		Application placed = apps.stream().map(a -> holidayApplications.application(a.getId()))
			.filter(a -> a.getStatus() == ApplicationStatus.PLACED).findFirst().orElseThrow();
		holidayPlaces.withdraw(dgsn, placed.getId());
		assertThat(apps.stream().map(a -> holidayApplications.application(a.getId()).getStatus()))
			.containsExactlyInAnyOrder(ApplicationStatus.WITHDRAWN, ApplicationStatus.PLACED);
	}
}
