package dz.sanad.holidays;

import dz.sanad.audit.AuditTrail;
import dz.sanad.platform.SanadUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Lists for the camps: a shift's participants and a bus's passengers, for those who run the camp. */
@Service
@Transactional(readOnly = true)
public class HolidayLists {

	private final HolidayOffers offers;

	private final Applications applications;

	private final HolidayApplications rows;

	private final HolidaysAccess access;

	private final AuditTrail audit;

	HolidayLists(HolidayOffers offers, Applications applications, HolidayApplications rows, HolidaysAccess access,
			AuditTrail audit) {
		this.offers = offers;
		this.applications = applications;
		this.rows = rows;
		this.access = access;
		this.audit = audit;
	}

	/** Participants of a shift with emergency contacts and medical details; the read is audited. */
	public List<ApplicationRow> participants(SanadUser user, Long shiftId) {
		Shift s = offers.shift(shiftId);
		Offer o = offers.offer(s.getOfferId());
		access.requireRunsCamp(user, o);
		List<ApplicationRow> rows = this.rows.rows(applications.findByPlacedShiftIdOrderByRankAscIdAsc(shiftId).stream()
			.filter(a -> a.getStatus().holdsPlace()).toList());
		audit.recordStandalone(user.getUsername(), user.role().name(), null, "READ", "holiday_shift_list",
				String.valueOf(shiftId), "participants with medical details (" + rows.size() + ")");
		return rows;
	}

	/** Who rides a bus: the shift's placed applicants of the bus's wilaya, best rank first, up to its seats. */
	public List<ApplicationRow> passengers(SanadUser user, Long busId) {
		Bus b = offers.bus(busId);
		Shift s = offers.shift(b.getShiftId());
		Offer o = offers.offer(s.getOfferId());
		access.requireBus(user, o, b);
		return rows.rows(applications.findByPlacedShiftIdOrderByRankAscIdAsc(s.getId()).stream()
			.filter(a -> a.getStatus().holdsPlace() && b.getWilayaCode().equals(a.getWilayaCode()))
			.limit(b.getSeats()).toList());
	}
}
