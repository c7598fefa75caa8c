package dz.sanad.health;

import dz.sanad.people.FamilyMember;
import dz.sanad.people.People;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.SanadUser;
import dz.sanad.platform.calendar.WorkingCalendar;
import dz.sanad.platform.confidential.Subject;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Booking rules on the demo consultation service of CMS-16-1 (20-minute slots, two places, Sunday–Thursday
 * 08:30–12:00 and 13:00–15:30): double bookings refused, a full slot refused or wait-listed, slots off the grid
 * refused, a recurring series all or nothing, status moves checked.
 */
@IntegrationTest
class AppointmentsTest {

	@Autowired
	HealthAppointments appointments;

	@Autowired
	HealthServices services;

	@Autowired
	People people;

	@Autowired
	UserDetailsService users;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	HealthCampaigns campaigns;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	SanadUser officer() {
		return (SanadUser) users.loadUserByUsername("health");
	}

	HealthServices.Service consultation() {
		return services.ofCentre(officer().scopeUnitId()).get(0);
	}

	/** A working Sunday–Thursday some weeks ahead, so that tests never collide with the demo's appointment. */
	LocalDate workingDay(int weeksAhead) {
		LocalDate d = LocalDate.now().plusWeeks(weeksAhead);
		while (!calendar.isWorkingDay(d) || d.getDayOfWeek() == DayOfWeek.FRIDAY || d.getDayOfWeek() == DayOfWeek.SATURDAY) {
			d = d.plusDays(1);
		}
		return d;
	}

	List<Subject> children() {
		long karim = people.byMatricule("M-16-0001").orElseThrow().getId();
		return people.familyOf(karim).stream().filter(FamilyMember::isChild).map(f -> Subject.family(f.getId())).toList();
	}

	@Test
	void aDoubleBookingIsRefusedAndAFullSlotGoesToTheWaitingList() {
		SanadUser officer = officer();
		List<Subject> kids = children();
		LocalDateTime slot = workingDay(3).atTime(10, 10);
		var first = appointments.book(officer, kids.get(0), consultation().id(), slot, false);
		assertThat(first.status()).isEqualTo(AppointmentStatus.SCHEDULED);
		assertThatThrownBy(() -> appointments.book(officer, kids.get(0), consultation().id(), slot, false))
			.isInstanceOf(BusinessException.class).hasMessageContaining("health.error.double-booking");
		// overlapping, not the same start: the chronic service's 30-minute slot at 10:00 covers 10:10
		var chronic = services.ofCentre(officer.scopeUnitId()).get(1);
		assertThatThrownBy(() -> appointments.book(officer, kids.get(0), chronic.id(), slot.withMinute(0), false))
			.isInstanceOf(BusinessException.class).hasMessageContaining("health.error.double-booking");
		appointments.book(officer, kids.get(1), consultation().id(), slot, false);
		assertThatThrownBy(() -> appointments.book(officer, kids.get(2), consultation().id(), slot, false))
			.isInstanceOf(BusinessException.class).hasMessageContaining("health.error.slot-full");
		var waiting = appointments.book(officer, kids.get(2), consultation().id(), slot, true);
		assertThat(waiting.status()).isEqualTo(AppointmentStatus.WAITING);
		// a place frees: the waiting one is scheduled into it
		appointments.move(officer, first.id(), AppointmentStatus.CANCELLED, null);
		assertThat(appointments.move(officer, waiting.id(), AppointmentStatus.SCHEDULED, null).status())
			.isEqualTo(AppointmentStatus.SCHEDULED);
	}

	@Test
	void slotsOffTheGridOrOutsideTheWindowAreRefused() {
		SanadUser officer = officer();
		Subject kid = children().get(0);
		LocalDate day = workingDay(4);
		assertThatThrownBy(() -> appointments.book(officer, kid, consultation().id(), day.atTime(10, 15), false))
			.hasMessageContaining("health.error.no-slot");
		assertThatThrownBy(() -> appointments.book(officer, kid, consultation().id(), day.atTime(12, 30), false))
			.hasMessageContaining("health.error.no-slot");
		LocalDate friday = day.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.FRIDAY));
		assertThatThrownBy(() -> appointments.book(officer, kid, consultation().id(), friday.atTime(9, 10), false))
			.isInstanceOf(BusinessException.class);
	}

	@Test
	void aRecurringSeriesBooksEveryOccurrenceOrNone() {
		SanadUser officer = officer();
		Subject kid = children().get(1);
		var chronic = services.ofCentre(officer.scopeUnitId()).get(1);
		LocalDateTime first = workingDay(6).atTime(13, 30);
		var series = appointments.bookSeries(officer, kid, chronic.id(), first, 4, 3);
		assertThat(series).hasSize(3).allMatch(a -> a.seriesId() != null && a.seriesId().equals(series.get(0).id()));
		assertThat(appointments.of(kid)).extracting(HealthAppointments.Appointment::id).contains(series.get(2).id());
		// the same series again clashes on its first date: nothing of it is booked
		int before = appointments.of(kid).size();
		assertThatThrownBy(() -> appointments.bookSeries(officer, kid, chronic.id(), first, 4, 3))
			.hasMessageContaining("health.error.double-booking");
		assertThat(appointments.of(kid)).hasSize(before);
	}

	@Test
	void statusMovesFollowTheWorkflow() {
		SanadUser officer = officer();
		Subject kid = children().get(2);
		var a = appointments.book(officer, kid, consultation().id(), workingDay(8).atTime(8, 30), false);
		assertThatThrownBy(() -> appointments.move(officer, a.id(), AppointmentStatus.COMPLETED, null))
			.hasMessageContaining("health.error.transition");
		appointments.move(officer, a.id(), AppointmentStatus.ARRIVED, null);
		assertThat(appointments.move(officer, a.id(), AppointmentStatus.COMPLETED, null).status())
			.isEqualTo(AppointmentStatus.COMPLETED);
	}

	@Test
	void aCampaignInvitesItsTargetAndAFollowUpOutcomeBooksAnAppointment() {
		SanadUser officer = officer();
		var c = campaigns.create(officer, new HealthCampaigns.Form(HealthCampaigns.Theme.SCREENING, "Octobre rose",
				LocalDate.now(), LocalDate.now().plusDays(30), 40, 74, "F", null, consultation().id()));
		int invited = campaigns.invite(officer, c.id());
		assertThat(invited).isPositive();
		assertThat(campaigns.invite(officer, c.id())).as("once each").isZero();
		// the target: women of 40 to 74 of the centre's wilaya, and nobody else
		assertThat(jdbc.sql("""
				select count(*) from health_invitation i join health_record r on r.id = i.record_id
				left join people_member m on m.id = r.member_id left join people_family_member f on f.id = r.family_member_id
				left join people_member h on h.id = f.member_id
				where i.campaign_id = ? and (coalesce(m.sex, f.sex) <> 'F' or coalesce(m.wilaya_code, h.wilaya_code) <> '16'
				  or coalesce(m.birth_date, f.birth_date) > current_date - interval '40 years'
				  or coalesce(m.birth_date, f.birth_date) <= current_date - interval '75 years')""")
			.param(c.id()).query(Integer.class).single()).isZero();
		var invitation = campaigns.invitations(officer, c.id(), "INVITED", 1).get(0);
		LocalDateTime followUp = workingDay(10).atTime(11, 10);
		campaigns.participation(officer, invitation.id(), true, true, followUp);
		var after = campaigns.invitations(officer, c.id(), "PARTICIPATED", 10);
		assertThat(after).singleElement().satisfies(i -> {
			assertThat(i.outcome()).isEqualTo("FOLLOW_UP");
			assertThat(appointments.get(i.appointmentId()).status()).isEqualTo(AppointmentStatus.SCHEDULED);
		});
		assertThat(campaigns.get(officer, c.id()).followUps()).isEqualTo(1);
	}
}
