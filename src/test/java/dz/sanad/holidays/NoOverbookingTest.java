package dz.sanad.holidays;

import dz.sanad.organisation.Organisation;
import dz.sanad.people.People;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.SanadUser;
import dz.sanad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Withdrawals (each promoting from the waiting list), manual placements and moves, and expiries, all at the same
 * moment from many threads, each in its own transaction, against PostgreSQL: no shift is ever overbooked and every
 * count matches the applications actually holding a place.
 */
@IntegrationTest
class NoOverbookingTest {

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
	JdbcClient jdbc;

	@Test
	void concurrentWithdrawalsPromotionsAndManualChangesNeverOverbook() throws Exception {
		SanadUser dgsn = (SanadUser) users.loadUserByUsername("dgsn");
		Fixture f = Fixture.open(holidaySeasons, holidayOffers, organisation.findByCode("CV-13-1").orElseThrow().getId(), 6, 6);
		List<Application> apps = f.applyMany(holidayApplications, people, dgsn, 40, null);
		holidaySeasons.closeSeason(f.season.getId());
		job.execute(holidayAllocation.startAllocation(dgsn, f.season.getId()).getId(), f.season.getId());
		List<Long> placed = new ArrayList<>();
		List<Long> waiting = new ArrayList<>();
		for (Application a : apps) {
			(holidayApplications.application(a.getId()).getStatus() == ApplicationStatus.PLACED ? placed : waiting).add(a.getId());
		}
		assertThat(placed).hasSize(12);

		List<Runnable> work = new ArrayList<>();
		Random r = new Random(3);
		for (Long id : placed.subList(0, 6)) {
			work.add(() -> holidayPlaces.withdraw(dgsn, id)); // frees a place, promotes the next waiting
		}
		for (Long id : waiting.subList(0, 16)) {
			Long shift = f.shifts.get(r.nextInt(2));
			work.add(() -> holidayPlaces.override(dgsn, id, shift, "concurrency test: manual placement"));
		}
		for (Long id : placed.subList(6, 12)) {
			work.add(() -> holidayPlaces.override(dgsn, id, null, "concurrency test: back to the waiting list"));
		}
		for (Long id : waiting.subList(16, 22)) {
			work.add(() -> holidayPlaces.withdraw(dgsn, id));
		}
		for (Long id : placed.subList(0, 12)) { // some already moved: expiring them is refused or does nothing
			work.add(() -> holidayPlaces.expire(id, HolidaySeasons.today().plusDays(30)));
		}
		Collections.shuffle(work, r);

		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
		for (Runnable w : work) {
			pool.submit(() -> {
				try {
					start.await();
					w.run();
				}
				catch (BusinessException e) {
					refused.add(e.messageKey()); // a full shift, a state that moved on meanwhile: refused cleanly
				}
				catch (Throwable t) {
					unexpected.add(t);
				}
			});
		}
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();

		assertThat(unexpected).isEmpty();
		assertThat(refused).isNotEmpty().allMatch(k -> k.equals("holidays.error.shift-full")
				|| k.equals("holidays.error.application-state") || k.equals("holidays.error.same-shift"));
		for (Long shiftId : f.shifts) {
			Shift s = holidayOffers.shift(shiftId);
			int holding = jdbc.sql("""
					select count(*) from holiday_application
					where placed_shift_id = ? and status in ('PLACED', 'CONFIRMED')""").param(shiftId)
				.query(Integer.class).single();
			assertThat(s.getTaken()).as("shift %s count", s.getLabel()).isEqualTo(holding)
				.isLessThanOrEqualTo(s.getCapacity());
		}
		// freed places were given to the waiting list: both shifts end full (more applicants than places)
		assertThat(f.shifts).allSatisfy(id -> assertThat(holidayOffers.shift(id).getFree()).isZero());
		// and the database itself refuses an overbooked count, whoever writes it
		assertThatThrownBy(() -> jdbc.sql("update holiday_shift set taken = capacity + 1 where id = ?")
			.param(f.shifts.get(0)).update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aMissedConfirmationDeadlineGivesThePlaceToTheWaitingList() {
		SanadUser dgsn = (SanadUser) users.loadUserByUsername("dgsn");
		Fixture f = Fixture.open(holidaySeasons, holidayOffers, organisation.findByCode("CV-13-1").orElseThrow().getId(), 2);
		List<Application> apps = f.applyMany(holidayApplications, people, dgsn, 4, null);
		holidaySeasons.closeSeason(f.season.getId());
		job.execute(holidayAllocation.startAllocation(dgsn, f.season.getId()).getId(), f.season.getId());
		Application confirmed = apps.stream().map(a -> holidayApplications.application(a.getId()))
			.filter(a -> a.getStatus() == ApplicationStatus.PLACED).findFirst().orElseThrow();
		holidayApplications.confirm(dgsn, confirmed.getId());
		int expired = job.expireOverdue(HolidaySeasons.today().plusDays(8));
		assertThat(expired).isGreaterThanOrEqualTo(1);
		long placedNow = apps.stream().map(a -> holidayApplications.application(a.getId()).getStatus())
			.filter(ApplicationStatus::holdsPlace).count();
		assertThat(placedNow).isEqualTo(2);
		assertThat(holidayApplications.application(confirmed.getId()).getStatus()).isEqualTo(ApplicationStatus.CONFIRMED);
		assertThat(apps.stream().map(a -> holidayApplications.application(a.getId()).getStatus()))
			.contains(ApplicationStatus.EXPIRED);
		assertThat(holidayOffers.shift(f.shifts.get(0)).getTaken()).isEqualTo(2);
	}
}
