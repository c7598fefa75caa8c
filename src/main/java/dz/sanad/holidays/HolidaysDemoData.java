package dz.sanad.holidays;

import dz.sanad.holidays.HolidayApplications.ApplicationFilter;
import dz.sanad.holidays.HolidayApplications.ApplicationForm;
import dz.sanad.holidays.HolidayOffers.BusForm;
import dz.sanad.holidays.HolidayOffers.OfferForm;
import dz.sanad.holidays.HolidayOffers.ShiftForm;
import dz.sanad.holidays.HolidaySeasons.SeasonForm;
import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.DemoDataContributor;
import dz.sanad.platform.Role;
import dz.sanad.platform.SanadUser;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two seasons: last summer's, allocated (results, explanations, waiting lists, lists and report to look at; its
 * appeals window still open) and next summer's, open for applications. Camps at four coastal holiday centres with
 * two shifts each, buses from Algiers and the centre's wilaya, a family trip; applications from members across
 * wilayas, and from the demo member for two of its children (siblings together).
 */
@Component
class HolidaysDemoData implements DemoDataContributor {

	static final String[] CENTRES = { "CV-06-1", "CV-13-1", "CV-35-1", "CV-42-1" };

	private final HolidaySeasons seasons;

	private final HolidayOffers offers;

	private final HolidayApplications applications;

	private final HolidayAllocation allocation;

	private final AllocationJob job;

	private final People people;

	private final Organisation organisation;

	HolidaysDemoData(HolidaySeasons seasons, HolidayOffers offers, HolidayApplications applications,
			HolidayAllocation allocation, AllocationJob job, People people, Organisation organisation) {
		this.seasons = seasons;
		this.offers = offers;
		this.applications = applications;
		this.allocation = allocation;
		this.job = job;
		this.people = people;
		this.organisation = organisation;
	}

	@Override
	public String name() {
		return "holidays";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public void seed(Scale scale) {
		SanadUser system = new SanadUser(0, "demo", null, "demo", Role.DGSN_SOCIAL, null, null, true, false);
		LocalDate today = HolidaySeasons.today();
		int next = today.getMonthValue() >= 7 ? today.getYear() + 1 : today.getYear();
		int last = next - 1;

		// last summer: applied, drawn, partly confirmed
		Season past = season(last, today);
		List<Long> pastShifts = offers(past, last, 6);
		seasons.setQuota(past.getId(), "16", 10);
		seasons.openSeason(past.getId());
		Member me = people.byMatricule("M-16-0001").orElseThrow();
		List<FamilyMember> mine = applications.childrenOf(system, me.getId());
		apply(system, past, me, child(mine, "Yacine"), pastShifts, 0, true);
		apply(system, past, me, child(mine, "Meriem"), pastShifts, 0, true);
		applyMany(system, past, pastShifts, 70, 1);
		seasons.closeSeason(past.getId());
		Run run = allocation.startAllocation(system, past.getId());
		job.execute(run.getId(), past.getId());
		int n = 0;
		for (ApplicationRow r : applications.rows(applications.searchAll(system,
				new ApplicationFilter(past.getId(), ApplicationStatus.PLACED, null, null, null, null)))) {
			if (r.app().getMemberId().equals(me.getId())) {
				continue; // the demo member confirms (or withdraws) itself
			}
			if (n++ % 3 != 2) {
				applications.confirm(system, r.app().getId());
			}
		}
		// the window is over: put last summer's dates back where they belong, appeals still open for the demo
		seasons.updateSeason(past.getId(), new SeasonForm(last, past.getNameAr(), past.getNameFr(),
				LocalDate.of(last, 3, 1), LocalDate.of(last, 4, 30), today.plusDays(21), 7));

		// next summer: open, a few applications already in
		Season open = season(next, today);
		List<Long> nextShifts = offers(open, next, 8);
		seasons.setQuota(open.getId(), "16", 12);
		seasons.openSeason(open.getId());
		apply(system, open, me, child(mine, "Meriem"), nextShifts, 1, false);
		applyMany(system, open, nextShifts, 25, 7);
	}

	private Season season(int year, LocalDate today) {
		return seasons.createSeason(new SeasonForm(year, "المخيمات الصيفية " + year,
				"Colonies de vacances " + year, today.minusDays(10), today.plusDays(60), today.plusDays(90), 7));
	}

	/** Four camps of two shifts each, plus a family trip; returns the camp shifts in order. */
	private List<Long> offers(Season s, int year, int capacity) {
		List<Long> shifts = new ArrayList<>();
		for (int i = 0; i < CENTRES.length; i++) {
			Optional<Unit> u = organisation.findByCode(CENTRES[i]);
			if (u.isEmpty()) {
				continue;
			}
			Offer o = offers.addOffer(s.getId(), new OfferForm(OfferKind.CAMP, u.get().getId(), null, null,
					null, null, i % 2 == 0 ? 8 : 10, i % 2 == 0 ? 13 : 15, 3000 + 500 * i, null));
			for (int k = 0; k < 2; k++) {
				LocalDate start = LocalDate.of(year, 7, 1 + 15 * k);
				Shift sh = offers.addShift(o.getId(), new ShiftForm(k == 0 ? "1" : "2", start,
						start.plusDays(12), capacity + (i == 0 ? 2 : 0)));
				shifts.add(sh.getId());
				offers.addBus(sh.getId(), new BusForm("16", "ALG-" + (i + 1) + "-" + (k + 1), 20,
						"07:00 " + "Châteauneuf"));
				offers.addBus(sh.getId(), new BusForm(u.get().getWilayaCode(), "LOC-" + (i + 1) + "-"
						+ (k + 1), 15, "08:00"));
			}
		}
		Offer trip = offers.addOffer(s.getId(), new OfferForm(OfferKind.TRIP, null, "رحلة عائلية إلى تاغيت",
				"Voyage familial à Taghit", "ONAT", "Taghit (Béchar)", null, null, 12000, 4));
		offers.addShift(trip.getId(), new ShiftForm("T1", LocalDate.of(year, 8, 20),
				LocalDate.of(year, 8, 26), 3));
		return shifts;
	}

	private static FamilyMember child(List<FamilyMember> children, String latinName) {
		return children.stream().filter(c -> latinName.equals(c.getFirstNameLat())).findFirst().orElseThrow();
	}

	/** Applies with up to three eligible choices, starting at a given shift; false when the child fits nowhere. */
	private boolean apply(SanadUser user, Season s, Member m, FamilyMember c, List<Long> shifts, int first,
			boolean together) {
		List<Long> picked = new ArrayList<>();
		for (int k = 0; k < shifts.size() && picked.size() < 3; k++) {
			Long id = shifts.get((first + k * 3) % shifts.size());
			ShiftView v = offers.shiftViews(s.getId()).stream()
				.filter(x -> x.shift().getId().equals(id)).findFirst().orElseThrow();
			if (v.offer().acceptsAge(c.ageOn(v.shift().getStartsOn())) && !picked.contains(id)) {
				picked.add(id);
			}
		}
		if (picked.isEmpty()) {
			return false;
		}
		try {
			applications.apply(user, s.getId(), new ApplicationForm(m.getId(), OfferKind.CAMP, c.getId(),
					picked.get(0), picked.size() > 1 ? picked.get(1) : null, picked.size() > 2 ? picked.get(2) : null,
					together, true, null, m.fullNameAr(), m.getPhone() == null ? "+213550000000" : m.getPhone(), null,
					null, null));
			return true;
		}
		catch (BusinessException e) {
			return false;
		}
	}

	/** Applications from members in matricule order, one to three children each, varied choices. */
	private void applyMany(SanadUser user, Season s, List<Long> shifts, int wanted, int offset) {
		int made = 0;
		for (int i = 0; i < 1500 && made < wanted; i++) {
			Optional<Member> m = people.byMatricule("M" + (100000 + offset + i * 3));
			if (m.isEmpty()) {
				continue;
			}
			List<FamilyMember> kids = applications.childrenOf(user, m.get().getId());
			boolean together = kids.size() > 1 && i % 2 == 0;
			for (FamilyMember c : kids) {
				if (apply(user, s, m.get(), c, shifts, i % shifts.size(), together)) {
					made++;
				}
			}
		}
		{ // a family trip application every few members
			for (int i = 0; i < 60; i += 6) {
				people.byMatricule("M" + (100000 + offset + i * 5)).ifPresent(m -> {
					try {
						Long trip = offers.shiftViews(s.getId()).stream()
							.filter(v -> v.offer().getKind() == OfferKind.TRIP).findFirst().orElseThrow().shift()
							.getId();
						applications.apply(user, s.getId(), new ApplicationForm(m.getId(), OfferKind.TRIP, null,
								trip, null, null, false, true, null, m.fullNameAr(),
								m.getPhone() == null ? "+213550000000" : m.getPhone(), null, null, null));
					}
					catch (BusinessException e) {
						// already applied
					}
				});
			}
		}
	}
}
