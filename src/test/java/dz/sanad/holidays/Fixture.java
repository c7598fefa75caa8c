package dz.sanad.holidays;

import dz.sanad.holidays.HolidayApplications.ApplicationForm;
import dz.sanad.holidays.HolidayOffers.OfferForm;
import dz.sanad.holidays.HolidayOffers.ShiftForm;
import dz.sanad.holidays.HolidaySeasons.SeasonForm;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.SanadUser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A fresh season of its own for a test (so tests never disturb each other or the demo data). */
final class Fixture {

	private static final AtomicInteger YEAR = new AtomicInteger(2040);

	final Season season;

	final List<Long> shifts = new ArrayList<>();

	private Fixture(Season season) {
		this.season = season;
	}

	/** The demo data's open season (test seasons are dated 2040 and later, so they never get in the way). */
	static Season demoOpen(HolidaySeasons holidaySeasons) {
		return holidaySeasons.seasons().stream().filter(s -> s.getYear() < 2040 && s.getStatus() == SeasonStatus.OPEN)
			.findFirst().orElseThrow();
	}

	/** The demo data's allocated season (last summer). */
	static Season demoPast(HolidaySeasons holidaySeasons) {
		return holidaySeasons.seasons().stream().filter(s -> s.getYear() < 2040 && s.getStatus() == SeasonStatus.ALLOCATED)
			.findFirst().orElseThrow();
	}

	/** An open season with one camp (no age limit) of the given shift capacities. */
	static Fixture open(HolidaySeasons holidaySeasons, HolidayOffers holidayOffers, Long centreId,
			int... capacities) {
		LocalDate today = HolidaySeasons.today();
		int year = YEAR.getAndIncrement();
		Season s = holidaySeasons.createSeason(new SeasonForm(year, "موسم " + year, "Saison " + year,
				today.minusDays(1), today.plusDays(30), today.plusDays(60), 7));
		Fixture f = new Fixture(s);
		Offer o = holidayOffers.addOffer(s.getId(), new OfferForm(OfferKind.CAMP, centreId, null, null, null,
				null, null, null, 2500, null));
		for (int i = 0; i < capacities.length; i++) {
			LocalDate start = LocalDate.of(year, 7, 1 + 10 * i);
			f.shifts.add(holidayOffers.addShift(o.getId(), new ShiftForm("S" + (i + 1), start, start.plusDays(8),
					capacities[i])).getId());
		}
		holidaySeasons.openSeason(s.getId());
		return f;
	}

	/** Applications for the children of members in matricule order, all choosing the shifts in order. */
	List<Application> applyMany(HolidayApplications holidayApplications, People people, SanadUser dgsn, int wanted,
			String email) {
		List<Application> made = new ArrayList<>();
		for (int i = 0; made.size() < wanted && i < 2000; i++) {
			Member m = people.byMatricule("M" + (100000 + i)).orElse(null);
			if (m == null) {
				continue;
			}
			for (FamilyMember c : holidayApplications.childrenOf(dgsn, m.getId())) {
				if (made.size() >= wanted) {
					break;
				}
				made.add(holidayApplications.apply(dgsn, season.getId(), form(m, c, email)));
			}
		}
		return made;
	}

	ApplicationForm form(Member m, FamilyMember c, String email) {
		return new ApplicationForm(m.getId(), OfferKind.CAMP, c.getId(), shifts.get(0),
				shifts.size() > 1 ? shifts.get(1) : null, shifts.size() > 2 ? shifts.get(2) : null, false, true, null,
				"Contact", "+213550000001", null, null, email);
	}
}
