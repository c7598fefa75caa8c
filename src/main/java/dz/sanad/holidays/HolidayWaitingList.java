package dz.sanad.holidays;

import dz.sanad.audit.AuditTrail;
import dz.sanad.people.FamilyMember;
import dz.sanad.people.Member;
import dz.sanad.people.People;
import dz.sanad.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A freed place goes to the waiting list; an applicant who gets a place is told (PlaceOffered). Called inside the
 * transaction of the change that freed or gave the place.
 */
@Service
class HolidayWaitingList {

	private final Applications applications;

	private final ShiftPlaces places;

	private final HolidaySeasons seasons;

	private final HolidayOffers offers;

	private final People people;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	HolidayWaitingList(Applications applications, ShiftPlaces places, HolidaySeasons seasons, HolidayOffers offers,
			People people, AuditTrail audit, ApplicationEventPublisher events) {
		this.applications = applications;
		this.places = places;
		this.seasons = seasons;
		this.offers = offers;
		this.people = people;
		this.audit = audit;
		this.events = events;
	}

	/** Gives a freed place to the best-ranked waiting applicant who chose the shift (within its wilaya quota). */
	void promote(Long seasonId, Long shiftId, Set<Long> exclude) {
		applications.flush();
		Season season = seasons.season(seasonId);
		Map<String, Integer> caps = seasons.quotas(seasonId).stream()
			.collect(Collectors.toMap(Quota::getWilayaCode, Quota::getMaxPlaces));
		Set<Long> skip = new HashSet<>(exclude);
		while (true) {
			Optional<Long> next = places.nextWaiting(seasonId, shiftId, skip);
			if (next.isEmpty()) {
				return;
			}
			Long id = next.get();
			Application w = applications.findById(id).orElseThrow(() -> new NotFoundException("application " + id));
			Integer cap = caps.get(w.getWilayaCode());
			if (cap != null && places.placedInWilaya(seasonId, w.getWilayaCode()) >= cap) {
				skip.add(w.getId());
				continue;
			}
			if (!places.take(shiftId)) {
				return; // someone else filled it meanwhile
			}
			Map<String, Object> before = w.snapshot();
			w.promote(shiftId, HolidaySeasons.today().plusDays(season.getConfirmDays()));
			audit.record("PROMOTE", "holiday_application", w.getId(), "waiting list", before, w.snapshot());
			offered(w, shiftId);
			return;
		}
	}

	void offered(Application a, Long shiftId) {
		Shift s = offers.shift(shiftId);
		Offer o = offers.offer(s.getOfferId());
		String nameAr;
		String nameLat;
		if (a.getChildId() != null) {
			FamilyMember c = people.familyMember(a.getChildId());
			nameAr = c.fullNameAr();
			nameLat = c.name(Locale.FRENCH);
		}
		else {
			Member m = people.member(a.getMemberId());
			nameAr = m.fullNameAr();
			nameLat = m.name(Locale.FRENCH);
		}
		events.publishEvent(new PlaceOffered(a.getId(), a.getMemberId(), a.getContactEmail(), nameAr, nameLat, o.getSiteNameAr(),
				o.getSiteNameFr(), s.getLabel(), s.getStartsOn(), a.getConfirmBy()));
	}
}
