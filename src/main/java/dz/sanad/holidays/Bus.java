package dz.sanad.holidays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/** A bus taking a wilaya's placed children (or families) to a shift. */
@Entity
@Table(name = "holiday_bus")
public class Bus {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "shift_id")
	private Long shiftId;

	@Column(name = "wilaya_code")
	private String wilayaCode;

	private String label;

	private int seats;

	@Column(name = "departs_at")
	private String departsAt;

	protected Bus() {
	}

	Bus(Long shiftId, String wilayaCode, String label, int seats, String departsAt) {
		this.shiftId = shiftId;
		this.wilayaCode = wilayaCode;
		this.label = label;
		this.seats = seats;
		this.departsAt = departsAt;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("shiftId", shiftId);
		m.put("wilayaCode", wilayaCode);
		m.put("label", label);
		m.put("seats", seats);
		m.put("departsAt", departsAt);
		return m;
	}

	public Long getId() { return id; }
	public Long getShiftId() { return shiftId; }
	public String getWilayaCode() { return wilayaCode; }
	public String getLabel() { return label; }
	public int getSeats() { return seats; }
	public String getDepartsAt() { return departsAt; }
}
