package dz.sanad.holidays;

import dz.sanad.audit.AuditTrail;
import dz.sanad.organisation.Organisation;
import dz.sanad.organisation.Unit;
import dz.sanad.organisation.UnitKind;
import dz.sanad.platform.BusinessException;
import dz.sanad.platform.NotFoundException;
import dz.sanad.territory.Territory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a season offers: camps and trips with their centres, their shifts and the buses to them. */
@Service
@Transactional(readOnly = true)
public class HolidayOffers {

	public record OfferForm(OfferKind kind, Long centreUnitId, String siteNameAr, String siteNameFr, String partner,
			String destination, Integer ageMin, Integer ageMax, Integer contributionDzd, Integer seatsPerFamily) {
	}

	public record ShiftForm(String label, @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
			@DateTimeFormat(iso = ISO.DATE) LocalDate endsOn, Integer capacity) {
	}

	public record BusForm(String wilayaCode, String label, Integer seats, String departsAt) {
	}

	private final HolidaySeasons seasons;

	private final Offers offers;

	private final Shifts shifts;

	private final Buses buses;

	private final Organisation organisation;

	private final Territory territory;

	private final AuditTrail audit;

	HolidayOffers(HolidaySeasons seasons, Offers offers, Shifts shifts, Buses buses, Organisation organisation,
			Territory territory, AuditTrail audit) {
		this.seasons = seasons;
		this.offers = offers;
		this.shifts = shifts;
		this.buses = buses;
		this.organisation = organisation;
		this.territory = territory;
		this.audit = audit;
	}

	public List<Offer> offers(Long seasonId) {
		return offers.findBySeasonIdOrderByKindAscIdAsc(seasonId);
	}

	public List<Shift> shiftsOf(Collection<Long> offerIds) {
		return offerIds.isEmpty() ? List.of() : shifts.findByOfferIdInOrderByStartsOnAscIdAsc(offerIds);
	}

	/** Every shift of a season with its offer, in offer then date order. */
	public List<ShiftView> shiftViews(Long seasonId) {
		Map<Long, Offer> byId = offers(seasonId).stream().collect(Collectors.toMap(Offer::getId, Function.identity(),
				(a, b) -> a, LinkedHashMap::new));
		return shiftsOf(byId.keySet()).stream().map(s -> new ShiftView(s, byId.get(s.getOfferId())))
			.sorted(Comparator.comparing((ShiftView v) -> v.offer().getId())
				.thenComparing(v -> v.shift().getStartsOn()))
			.toList();
	}

	public List<Bus> buses(Collection<Long> shiftIds) {
		return shiftIds.isEmpty() ? List.of() : buses.findByShiftIdInOrderByShiftIdAscWilayaCodeAsc(shiftIds);
	}

	public Shift shift(Long id) {
		return shifts.findById(id).orElseThrow(() -> new NotFoundException("shift " + id));
	}

	public Offer offer(Long id) {
		return offers.findById(id).orElseThrow(() -> new NotFoundException("offer " + id));
	}

	public Bus bus(Long id) {
		return buses.findById(id).orElseThrow(() -> new NotFoundException("bus " + id));
	}

	public Optional<Unit> centre(Offer offer) {
		return organisation.find(offer.getCentreUnitId());
	}

	public Map<Long, Unit> centresById(Collection<Offer> offers) {
		return organisation.byIds(offers.stream().map(Offer::getCentreUnitId).filter(Objects::nonNull)
			.collect(Collectors.toSet()));
	}

	public List<Unit> holidayCentres() {
		return organisation.activeOfKinds(Set.of(UnitKind.HOLIDAY_CENTRE));
	}

	@Transactional
	public Offer addOffer(Long seasonId, OfferForm f) {
		seasons.season(seasonId).checkOffersEditable();
		OfferKind kind = f.kind() == null ? OfferKind.CAMP : f.kind();
		String nameAr = f.siteNameAr();
		String nameFr = f.siteNameFr();
		if (f.centreUnitId() != null) {
			Unit u = organisation.find(f.centreUnitId())
				.filter(x -> x.getKind() == UnitKind.HOLIDAY_CENTRE && x.isActive())
				.orElseThrow(() -> BusinessException.onField("centreUnitId", "holidays.error.centre"));
			nameAr = blank(nameAr) ? u.getNameAr() : nameAr;
			nameFr = blank(nameFr) ? u.getNameFr() : nameFr;
		}
		else if (blank(f.partner()) && kind == OfferKind.CAMP) {
			throw BusinessException.onField("centreUnitId", "holidays.error.centre-or-partner");
		}
		if (blank(nameAr) || blank(nameFr)) {
			throw BusinessException.onField("siteNameAr", "holidays.error.required", "siteNameAr");
		}
		if (f.ageMin() != null && f.ageMax() != null && f.ageMin() > f.ageMax()) {
			throw BusinessException.onField("ageMax", "holidays.error.age-range");
		}
		if (f.contributionDzd() != null && f.contributionDzd() < 0) {
			throw BusinessException.onField("contributionDzd", "holidays.error.contribution");
		}
		if (kind == OfferKind.TRIP && (blank(f.destination()) || f.seatsPerFamily() == null
				|| f.seatsPerFamily() < 1)) {
			throw BusinessException.onField("destination", "holidays.error.trip-details");
		}
		Offer o = offers.save(new Offer(seasonId, kind, f.centreUnitId(), nameAr.trim(), nameFr.trim(),
				trim(f.partner()), trim(f.destination()), f.ageMin(), f.ageMax(),
				f.contributionDzd() == null ? 0 : f.contributionDzd(), f.seatsPerFamily()));
		audit.record("CREATE", "holiday_offer", o.getId(), o.getSiteNameFr(), null, o.snapshot());
		return o;
	}

	@Transactional
	public Shift addShift(Long offerId, ShiftForm f) {
		Offer o = offer(offerId);
		seasons.season(o.getSeasonId()).checkOffersEditable();
		if (blank(f.label())) {
			throw BusinessException.onField("label", "holidays.error.required", "label");
		}
		if (f.startsOn() == null || f.endsOn() == null || f.endsOn().isBefore(f.startsOn())) {
			throw BusinessException.onField("endsOn", "holidays.error.shift-dates");
		}
		if (f.capacity() == null || f.capacity() < 1) {
			throw BusinessException.onField("capacity", "holidays.error.capacity");
		}
		Shift s = shifts.save(new Shift(offerId, f.label().trim(), f.startsOn(), f.endsOn(), f.capacity()));
		audit.record("CREATE", "holiday_shift", s.getId(), s.getLabel(), null, s.snapshot());
		return s;
	}

	@Transactional
	public Bus addBus(Long shiftId, BusForm f) {
		Shift s = shift(shiftId);
		if (f.wilayaCode() == null || !territory.exists(f.wilayaCode())) {
			throw BusinessException.onField("wilayaCode", "holidays.error.wilaya");
		}
		if (f.seats() == null || f.seats() < 1) {
			throw BusinessException.onField("seats", "holidays.error.seats");
		}
		if (blank(f.label())) {
			throw BusinessException.onField("label", "holidays.error.required", "label");
		}
		Bus b = buses.save(new Bus(s.getId(), f.wilayaCode(), f.label().trim(), f.seats(), trim(f.departsAt())));
		audit.record("CREATE", "holiday_bus", b.getId(), b.getLabel(), null, b.snapshot());
		return b;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String trim(String s) {
		return blank(s) ? null : s.trim();
	}
}
