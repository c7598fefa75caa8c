package dz.sanad.holidays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A shift of an offer (dates and capacity). {@code taken} is read-only here: it is changed only by the guarded
 * SQL updates of {@link ShiftPlaces}, never by JPA, so no stale entity can ever write an overbooked count.
 */
@Entity
@Table(name = "holiday_shift")
public class Shift {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "offer_id")
	private Long offerId;

	private String label;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	private int capacity;

	@Column(insertable = false, updatable = false)
	private int taken;

	protected Shift() {
	}

	Shift(Long offerId, String label, LocalDate startsOn, LocalDate endsOn, int capacity) {
		this.offerId = offerId;
		this.label = label;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.capacity = capacity;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("offerId", offerId);
		m.put("label", label);
		m.put("startsOn", startsOn);
		m.put("endsOn", endsOn);
		m.put("capacity", capacity);
		return m;
	}

	public Long getId() { return id; }
	public Long getOfferId() { return offerId; }
	public String getLabel() { return label; }
	public LocalDate getStartsOn() { return startsOn; }
	public LocalDate getEndsOn() { return endsOn; }
	public int getCapacity() { return capacity; }
	public int getTaken() { return taken; }
	public int getFree() { return capacity - taken; }
}
