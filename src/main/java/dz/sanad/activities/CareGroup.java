package dz.sanad.activities;

import dz.sanad.platform.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An age group of a child-care institution. Its real number of places is the smaller of its capacity and what its
 * staff may supervise (staff × children per staff member).
 */
@Entity
@Table(name = "activities_care_group")
public class CareGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "wilaya_code", nullable = false)
	private String wilayaCode;

	@Column(nullable = false)
	private String name;

	@Column(name = "min_age_months", nullable = false)
	private int minAgeMonths;

	@Column(name = "max_age_months", nullable = false)
	private int maxAgeMonths;

	@Column(nullable = false)
	private int capacity;

	@Column(name = "children_per_staff", nullable = false)
	private int childrenPerStaff;

	@Column(name = "staff_count", nullable = false)
	private int staffCount;

	@Column(name = "enrolled_count", nullable = false)
	private int enrolledCount;

	@Version
	private int version;

	protected CareGroup() {
	}

	CareGroup(Long unitId, String wilayaCode) {
		this.unitId = unitId;
		this.wilayaCode = wilayaCode;
	}

	void update(String name, int minAgeMonths, int maxAgeMonths, int capacity, int childrenPerStaff, int staffCount) {
		if (name == null || name.isBlank()) {
			throw BusinessException.onField("name", "act.error.required");
		}
		if (minAgeMonths < 0 || maxAgeMonths <= minAgeMonths) {
			throw BusinessException.onField("maxAgeMonths", "act.error.ages");
		}
		if (capacity < 1 || childrenPerStaff < 1 || staffCount < 0) {
			throw BusinessException.onField("capacity", "act.error.positive");
		}
		if (enrolledCount > Math.min(capacity, staffCount * childrenPerStaff)) {
			throw BusinessException.onField("staffCount", "act.error.care-ratio", enrolledCount);
		}
		this.name = name.trim();
		this.minAgeMonths = minAgeMonths;
		this.maxAgeMonths = maxAgeMonths;
		this.capacity = capacity;
		this.childrenPerStaff = childrenPerStaff;
		this.staffCount = staffCount;
	}

	/** Places the staff-to-child ratio and the capacity allow together. */
	public int getPlaces() {
		return Math.min(capacity, staffCount * childrenPerStaff);
	}

	boolean hasPlace() {
		return enrolledCount < getPlaces();
	}

	void enrolled() {
		if (!hasPlace()) {
			throw BusinessException.of("act.error.care-full");
		}
		enrolledCount++;
	}

	void left() {
		enrolledCount--;
	}

	boolean fitsAge(int months) {
		return months >= minAgeMonths && months <= maxAgeMonths;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("unitId", unitId);
		m.put("name", name);
		m.put("ageMonths", minAgeMonths + "-" + maxAgeMonths);
		m.put("capacity", capacity);
		m.put("childrenPerStaff", childrenPerStaff);
		m.put("staffCount", staffCount);
		return m;
	}

	public Long getId() { return id; }
	public Long getUnitId() { return unitId; }
	public String getWilayaCode() { return wilayaCode; }
	public String getName() { return name; }
	public int getMinAgeMonths() { return minAgeMonths; }
	public int getMaxAgeMonths() { return maxAgeMonths; }
	public int getCapacity() { return capacity; }
	public int getChildrenPerStaff() { return childrenPerStaff; }
	public int getStaffCount() { return staffCount; }
	public int getEnrolledCount() { return enrolledCount; }
}
